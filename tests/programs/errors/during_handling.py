# uncaught exception raised while handling another
data = {"present": 1}
def lookup(k):
    return data[k]
print(lookup("present"))
try:
    lookup("absent")
except KeyError as e:
    print("handled", e)
try:
    {}["key"]
except KeyError:
    print("handling KeyError")
    raise TypeError("handler failed")
