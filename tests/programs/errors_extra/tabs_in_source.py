# a source line that contains tab characters between tokens, and a tab-indented body
def f(a,	b):
	return a	+	b

print(f(1,	2))
x = f(1,	"b")
