# circular import partner A
print("circular A: start")
import _helper_circular_b
A_VALUE = "a"
def get_b():
    return _helper_circular_b.B_VALUE
print("circular A: end")
