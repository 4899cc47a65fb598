# a method defined without self, and a staticmethod called with too many arguments
class Greeter:
    def hello():
        return "hello"
    @staticmethod
    def shout(word):
        return word.upper()

print(Greeter.hello())
print(Greeter.shout("hi"))
try:
    Greeter().shout("a", "b")
except TypeError as e:
    print("caught:", e)
g = Greeter()
print(g.hello())
