# text statistics: words, sentences, letter frequencies
text = """The quick brown fox jumps over the lazy dog. The dog sleeps!
Does the fox care? No, the fox runs on; the dog dreams of foxes."""
sentences = []
cur = []
for ch in text:
    cur.append(ch)
    if ch in ".!?":
        sentences.append("".join(cur).strip())
        cur = []
print(len(sentences), "sentences")
for s in sentences:
    print(" ", len(s.split()), repr(s[:20]))
words = ["".join(c for c in w.lower() if c.isalpha()) for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top:", top)
print("unique %d of %d, avg length %.2f" % (len(freq), len(words), sum(map(len, words)) / len(words)))
letters = {}
for c in text.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:6]
print("letters:", " ".join("%s=%d" % (c, letters[c]) for c in common))
longest = max(words, key=len)
print("longest", longest, "| capitalized:", sorted({w for w in text.split() if w[0].isupper()}))
lines = text.splitlines()
print([len(l) for l in lines], text.count("the"), text.lower().count("the"))
