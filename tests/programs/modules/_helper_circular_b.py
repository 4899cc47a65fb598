# circular import partner B
print("circular B: start")
import _helper_circular_a
B_VALUE = "b"
print("circular B: sees A_VALUE yet?", hasattr(_helper_circular_a, "A_VALUE"))
print("circular B: end")
