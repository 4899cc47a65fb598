# a builtin type's method, unbound, is a method_descriptor; bound, a builtin_function_or_method
print(type(str.upper).__name__, type("a".upper).__name__, type(len).__name__)
print(type(list.append).__name__, type([].append).__name__, type(dict.get).__name__)
print(str.upper, str.upper("abc"), list.append.__name__, dict.get.__qualname__)
print(type(str.upper) is type(list.append), type(str.upper) is type(len))
print(callable(str.upper), str.upper.__get__("xy")())
try:
    str.upper.__get__(5)
except TypeError as e:
    print("TypeError", e)
