text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!   Quick, quick...
  Numbers like 42 and 3.14 are not words, are they?
"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip(".,;!?").lower()
        if w.isalpha():
            words.append(w)
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(f"{'word':<8}{'count':>6}{'pct':>8}")
for w, n in top:
    print(f"{w:<8}{n:>6}{n / len(words):>8.1%}")
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
print(text.title().splitlines()[0])
print(lines[2].strip().capitalize(), "|", lines[1].swapcase())
print("-".join(sorted(set(words)))[:40])
print(repr(text.split("\n")[-1]), text.endswith("\n"), lines[0].startswith(("A", "The")))
print("{:*^30}".format(" summary "))
print("{0} has {1} chars, {0!r}".format("line", 42))
print("%5.1f|%-5d|%+d|%x|%o|%e|%r|%s" % (3.14159, 42, 7, 255, 8, 12345.678, "a", None))
print("longest:", max(words, key=len), "shortest:", min(words, key=len))
print(" ".join(w[::-1] for w in words[:4]))
print(lines[0].partition(" fox "), lines[0].rpartition("the"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), " x  y ".split(" "))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "7".zfill(4), "-7".zfill(4))
print("Hello World".replace("o", "0", 1), "tab\there".expandtabs(4))
