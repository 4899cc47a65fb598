# String building, split/join, replace, find, slicing.


def make_text(n):
    words = []
    for i in range(n):
        words.append("word" + str(i % 97) + ("x" * (i % 5)))
    return " ".join(words)


def process(text):
    parts = text.split(" ")
    joined = ",".join(parts)
    replaced = joined.replace("word", "W").replace("xx", "y")
    total = len(replaced)
    pos = 0
    hits = 0
    while True:
        pos = replaced.find("W42", pos)
        if pos < 0:
            break
        hits += 1
        pos += 1
    total += hits
    total += replaced.count("y") + replaced.rfind("W1")
    upper = replaced[:2000].upper()
    total += upper.count("W") + len(upper.lower().strip())
    pieces = []
    for p in parts[:3000]:
        if p.startswith("word1") or p.endswith("xxx"):
            pieces.append(p[2:] + p[:2])
    total += len("".join(pieces))
    return total


acc = 0
for r in range(90):
    text = make_text(20000 + r)
    acc += process(text)
s = ""
for i in range(300000):
    s += chr(97 + i % 26)
acc += len(s) + s.find("zab")
print(acc)
