# global declarations in nested functions and their interaction with enclosing locals
counter = 0
name = "module"
def outer():
    name = "outer local"
    def inner():
        global counter, name
        counter += 1
        name = "set by inner"
        return name
    r = inner()
    return r, name
print(outer(), counter, name)
def creator():
    def make():
        global created_later
        created_later = [1, 2]
    make()
print("created_later" in globals())
creator()
print(created_later)
def reader():
    def inner():
        return counter
    counter_local = "unused"
    return inner()
print(reader())
def mixed():
    counter = "enclosing"
    def g():
        global counter
        return counter
    def n():
        return counter
    return g(), n()
print(mixed())
def del_global():
    global created_later
    del created_later
del_global()
print("created_later" in globals())
try:
    print(created_later)
except NameError as e:
    print("NameError", e)
def aug_without_global():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
aug_without_global()
def global_in_comprehension():
    global gc_val
    gc_val = [counter * i for i in range(3)]
    return [gc_val[i] for i in range(3)]
print(global_in_comprehension(), gc_val)
exec_ns = {}
def via_globals():
    globals()["dyn"] = "dynamic"
via_globals()
print(dyn)
