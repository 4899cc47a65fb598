# sys.displayhook: what 'single' code does with an expression's value, and replacing it
import builtins
import sys

code = compile("6 * 7", "<s>", "single")
exec(code)
print("_ is", builtins._)
exec(compile("None", "<s>", "single"))
print("_ still", builtins._)

seen = []
sys.displayhook = seen.append
exec(code)
exec(compile("'text'", "<s>", "single"))
print(seen)
print(sys.__displayhook__ is not sys.displayhook, sys.__displayhook__.__name__)
sys.__displayhook__("direct")
print(builtins._)

del sys.displayhook
try:
    exec(code)
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
for bad in [(), (1, 2)]:
    try:
        sys.displayhook(*bad)
    except TypeError as e:
        print("TypeError:", e)
