# failing imports
try:
    import _helper_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _helper_does_not_exist.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _helper_math import nonexistent_name
except ImportError as e:
    print(type(e).__name__, "cannot import name" in str(e), e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import sys
try:
    import _helper_raises
except ValueError as e:
    print(type(e).__name__, e)
print("_helper_raises" in sys.modules)
try:
    import _helper_raises
except ValueError as e:
    print("second attempt runs body again:", e)
