# sys.setswitchinterval is positional-only: a keyword call gets "takes no keyword arguments"
import sys
for kw in ({"interval": 0.1}, {"x": 1}):
    try:
        sys.setswitchinterval(**kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.setswitchinterval(0.1, interval=0.2)
except TypeError as e:
    print("TypeError:", e)
