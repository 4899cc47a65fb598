# global statement
counter = 0
def inc():
    global counter
    counter += 1
def read():
    return counter
inc()
inc()
print(counter, read())
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def use_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
use_before_assign()
def del_global():
    global brand_new
    del brand_new
del_global()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
lst = []
def mutate():
    lst.append(1)
mutate()
mutate()
print(lst)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
print("counter" in globals(), globals()["counter"])
for gname in ["gl1", "gl2"]:
    globals()[gname] = len(gname)
print(gl1, gl2)
