# ExceptionGroup / BaseExceptionGroup: construction, subgroup, split, derive, nesting, str/repr.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


eg = ExceptionGroup("batch", [ValueError(1), TypeError("t"), ValueError(2)])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

match_vals, rest = eg.split(ValueError)
print(repr(match_vals), repr(rest))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2)))
m, r = eg.split((ValueError, TypeError))
print(repr(m), r)

nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("v"), OSError("o")])])
print(repr(nested))
vm, vr = nested.split(ValueError)
print(repr(vm))
print(repr(vr))
print(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner") is not None)

attempt("empty list", lambda: ExceptionGroup("x", []))
attempt("not a sequence", lambda: ExceptionGroup("x", ValueError()))
attempt("non-exception item", lambda: ExceptionGroup("x", [1]))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("base in ExceptionGroup", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("auto", [ValueError(), KeyError()])
print(type(auto).__name__)
attempt("too many args", lambda: ExceptionGroup("x", [ValueError()], 3))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+derived", excs)


mg = MyGroup("mine", [ValueError(1), KeyError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(KeyError)[0]).__name__)
eg2 = ExceptionGroup("with note", [ValueError(1), KeyError(2)])
eg2.add_note("a note")
eg2.__cause__ = RuntimeError("cause")
sub = eg2.subgroup(ValueError)
print(sub.__notes__, repr(sub.__cause__), sub.__traceback__ is eg2.__traceback__)
print(eg2.subgroup(lambda e: True) is eg2, eg2.split(lambda e: True)[0] is eg2)
try:
    raise ExceptionGroup("caught plainly", [ZeroDivisionError()])
except ExceptionGroup as e:
    print("plain except:", e.message, len(e.exceptions))
try:
    raise ExceptionGroup("not matched by ValueError", [ValueError()])
except ValueError:
    print("wrong: plain except ValueError matched a group")
except Exception as e:
    print("ok:", type(e).__name__)
print(repr(ExceptionGroup("tuple ok", (ValueError(),))))
