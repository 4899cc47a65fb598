# warnings filters: 'once', 'module', 'default', 'error', category subclasses, module= regex, append=
import warnings

class MyWarning(UserWarning):
    pass
class SubWarning(MyWarning):
    pass

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for _ in range(3):
        emit("same")
        emit("same", MyWarning)
    emit("other")
    print("once:", [(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=MyWarning)
    emit("a", MyWarning); emit("b", SubWarning); emit("c")
    print("ignore subclass:", [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message="fat")
    try:
        emit("fatal thing")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    emit("not fat")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__main__")
    emit("hidden")
    warnings.filterwarnings("always", module="nomatch.*")
    emit("still hidden")
    print("module filter:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=SubWarning, append=True)
    emit("x", SubWarning)
    warnings.filterwarnings("always", category=SubWarning)
    emit("y", SubWarning)
    print("append order:", [str(x.message) for x in w])
try:
    warnings.filterwarnings("bogus")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.simplefilter("always", category=int)
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn(MyWarning("instance msg"))
    warnings.warn(SubWarning("inst"), UserWarning)
    print([(str(x.message), x.category.__name__) for x in w])
