# global / nonlocal corner cases
x = "global x"
def read_then_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "local"
    return x
print(read_then_assign())
def global_in_nested():
    x = "enclosing"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(global_in_nested(), x)
def nonlocal_skips_class():
    v = "func v"
    class C:
        v = "class v"
        def m(self):
            return v
    return C().m(), C.v
print(nonlocal_skips_class())
def two_levels():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 1
        inner()
        inner()
    mid()
    return a
print(two_levels())
def create_global():
    global brand_new
    brand_new = 123
create_global()
print(brand_new, "brand_new" in globals())
def del_global():
    global brand_new
    del brand_new
del_global()
try:
    brand_new
except NameError as e:
    print(type(e).__name__, e)
def cond_global(flag):
    if flag:
        global y_cond
    y_cond = flag
cond_global(5)
print(y_cond)
class Cls:
    x = "class attr x"
    def where(self):
        return x
    y = x + "!"
print(Cls().where(), Cls.y)
def loop_local():
    for z in range(2):
        pass
    return z
print(loop_local())
def exc_var_deleted():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)
print(exc_var_deleted())
def free_var_del():
    q = 1
    def show():
        return q
    del q
    try:
        show()
    except NameError as err:
        print(type(err).__name__, err)
free_var_del()
