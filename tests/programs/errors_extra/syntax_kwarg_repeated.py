# SyntaxError: keyword argument repeated in a call
print("never printed")
def connect(host, port=80, timeout=5):
    return host, port, timeout
print(connect("a", port=1))
conn = connect("b", port=8080, timeout=3, port=9090)
