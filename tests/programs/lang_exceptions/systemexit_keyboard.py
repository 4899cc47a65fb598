# BaseException subclasses vs except Exception, SystemExit codes, KeyboardInterrupt handling.
import sys


def attempt(label, fn):
    try:
        fn()
        print(label, "-> returned")
    except Exception as e:
        print(label, "-> Exception", type(e).__name__)
    except BaseException as e:
        print(label, "-> BaseException", type(e).__name__, repr(e))


def exit_int():
    sys.exit(3)


def exit_str():
    sys.exit("message")


def exit_none():
    sys.exit()


def kb():
    raise KeyboardInterrupt


def gen_exit():
    raise GeneratorExit("manual")


class CustomBase(BaseException):
    pass


def custom():
    raise CustomBase("custom base")


for fn in (exit_int, exit_str, exit_none, kb, gen_exit, custom):
    attempt(fn.__name__, fn)

try:
    sys.exit(5)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("multi code", e.code)
try:
    try:
        sys.exit(2)
    finally:
        print("finally runs on sys.exit")
except SystemExit:
    pass


def swallow_everything():
    try:
        sys.exit(9)
    except:
        return "bare except catches SystemExit: " + type(sys.exc_info()[1]).__name__


print(swallow_everything())
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print([c.__name__ for c in SystemExit.__mro__])
try:
    exit("builtin exit too")
except SystemExit as e:
    print("exit():", e.code)
print("about to exit with message")
sys.stdout.flush()
raise SystemExit("final message goes to stderr")
