# sys.modules caching and module identity
import sys
print("_helper_state" in sys.modules)
import _helper_state
print("_helper_state" in sys.modules, sys.modules["_helper_state"] is _helper_state)
_helper_state.bump()
_helper_state.bump()
import _helper_state as again
print(again is _helper_state, again.counter)
def other_function():
    import _helper_state
    return _helper_state.bump()
print(other_function(), _helper_state.counter)
import _helper_imports_other
print(_helper_imports_other.use_both(), _helper_state.counter)
print(_helper_imports_other._helper_state is _helper_state)
del sys.modules["_helper_state"]
import _helper_state as fresh
print(fresh is _helper_state, fresh.counter, _helper_state.counter)
sys.modules["fake_module_name"] = _helper_state
import fake_module_name
print(fake_module_name is _helper_state)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
