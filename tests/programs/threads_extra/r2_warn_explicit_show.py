# warn_explicit with registry/module, replacing showwarning, formatwarning output
import sys
import warnings

shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename.split("/")[-1], lineno, line))
old = warnings.showwarning
warnings.showwarning = my_show
warnings.simplefilter("default")
reg = {}
for _ in range(2):
    warnings.warn_explicit("explicit", RuntimeWarning, "fake.py", 42, module="fake", registry=reg)
warnings.warn_explicit("explicit2", DeprecationWarning, "fake.py", 43, module="fake")
warnings.warn_explicit(UserWarning("inst"), None, "other.py", 1)
print(len(reg) > 0)
warnings.warn("via warn", FutureWarning)
warnings.showwarning = old
for s in shown:
    print(s[:4], s[4])
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 7, line="  code here  ")))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "f.py", 7, line="")))

class Sink:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
sink = Sink()
warnings.showwarning("to file", UserWarning, "g.py", 3, file=sink, line="x = 1")
print(repr("".join(sink.text)))
sys.stderr = sink
warnings.simplefilter("always")
warnings.warn("stderr redirected", UserWarning)
sys.stderr = sys.__stderr__
print(repr("".join(sink.text[1:]).split(":", 1)[1]))
