# TabError: one line indented with a tab, the next with spaces
print("never printed")
def f(flag):
    if flag:
	return 1
        return 2
