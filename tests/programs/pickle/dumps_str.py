# pickle.dumps bytes for str: empty, ascii, non-ascii, emoji, escapes for protocol 0, 255/256/300/70000 chars.
import hashlib
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        if len(d) > 150:
            print(p, len(d), hashlib.sha1(d).hexdigest(), d[:20], d[-6:])
        else:
            print(p, d)
        y = pickle.loads(d)
        if y != x or type(y) is not type(x):
            print("  ROUND TRIP MISMATCH", p, ascii(y))


show("empty", "")
show("one char", "a")
show("ascii", "hello world")
show("latin-1", "caf\xe9 na\xefve")
show("cjk", "\u65e5\u672c\u8a9e")
show("emoji", "smile \U0001F600!")
show("backslash", "a\\b")
show("newline", "line1\nline2")
show("carriage return", "a\rb")
show("NUL", "a\x00b")
show("ctrl-z", "a\x1ab")
show("tab and quote", "tab\there 'q' \"dq\"")
show("DEL and C1", "\x7f\x80\x9f")
show("surrogate-free high bmp", "\uffff\u0100")
show("backslash-u literal", "\\u0041 \\x41")
show("255 chars", "x" * 255)
show("256 chars", "y" * 256)
show("300 chars", "".join(chr(ord("a") + i % 26) for i in range(300)))
show("70000 chars", "z" * 70000)
show("70000 non-ascii", "\xe9" * 35000)
# byte length, not char length, decides SHORT_BINUNICODE vs BINUNICODE
show("128 two-byte chars", "\xe9" * 128)
show("85 three-byte chars", "\u20ac" * 85)
show("86 three-byte chars", "\u20ac" * 86)
# tuples of strings: each distinct string gets its own memo slot
show("pair of strings", ("ab", "cd"))
show("string in list", ["k\xe9y"])
