# uncaught UnboundLocalError
count = 0
def read_only():
    return count + 1
def with_global():
    global count
    count += 1
    return count
print(read_only(), with_global(), with_global())
def increment():
    count += 1
print("calling increment")
increment()
