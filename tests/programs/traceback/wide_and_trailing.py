# Position markers printed by the traceback module under wide characters (two columns each)
# and on lines with trailing whitespace (CPython 3.11 moves the markers left by that much).
import traceback

価格 = {"りんご": 120}

def 値段(名前):
    return 価格[名前] * 2   

def total(names):
    return sum(値段(n) for n in names)  

try:
    total(["りんご", "ぶどう"])
except KeyError:
    traceback.print_exc()
try:
    x = {"a": 1}["a"] + 価格["みかん"]
except KeyError as e:
    print("".join(traceback.format_exception(e)), end="")
print(値段("りんご"))
