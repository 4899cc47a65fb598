# Exceptions shared between a cause and a context, long context chains, groups in a context.
import traceback
X = KeyError("x"); C = ValueError("c"); E = RuntimeError("e")
C.__context__ = X; E.__cause__ = C; E.__context__ = X
te = traceback.TracebackException.from_exception(E)
print("".join(te.format()))
te = traceback.TracebackException.from_exception(E, compact=True)
print("".join(te.format()))
print(te.__cause__.__context__ is not None)
# long context chain
e = ValueError(0)
for i in range(1, 3000):
    n = ValueError(i); n.__context__ = e; e = n
out = traceback.format_exception(e)
print(len(out), out[-1])
g = ExceptionGroup("g", [X, C])
E2 = RuntimeError("e2"); E2.__context__ = g
print("".join(traceback.TracebackException.from_exception(E2).format()))
