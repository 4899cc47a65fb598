# open()'s newline= when writing and reading text, and print() through a file's codec
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "lines.txt")

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        f.write("one\ntwo\r\nthree\rfour\n")
        print("five", file=f)
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, newline=newline) as f:
        lines = f.readlines()
    with open(path, newline=newline) as f:
        whole = f.read()
    print(repr(newline), raw, lines, repr(whole))

with open(path, "w", encoding="latin-1") as f:
    print("café", file=f)
    f.write("naïve\n")
with open(path, "rb") as f:
    print(f.read())
for bad in ["\n\r", "x"]:
    try:
        open(path, "w", newline=bad)
    except ValueError as e:
        print("ValueError:", e)
