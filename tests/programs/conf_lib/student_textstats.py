import re
import string
from collections import Counter
import textwrap

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
words = re.findall(r"[a-z']+", text.lower())
print(len(words), len(set(words)))
freq = Counter(words)
for w, n in freq.most_common(6):
    print(f"{w:>10} {n:3d} {'*' * n}")
print(sorted(w for w in freq if freq[w] == 1))
letters = Counter(ch for ch in text.lower() if ch in string.ascii_lowercase)
print(letters.most_common(5), sum(letters.values()))
sentences = [s.strip() for s in re.split(r"[,.]", text) if s.strip()]
print(len(sentences), max(sentences, key=len))
table = str.maketrans("", "", string.punctuation)
print(text.translate(table).split()[:8])
print(textwrap.fill(" ".join(sentences[:4]), 30))
caps = re.findall(r"\b[A-Z]\w*", text)
print(caps)
avg = sum(map(len, words)) / len(words)
print(f"avg word length {avg:.3f}")
print(Counter(len(w) for w in words).most_common())
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, string.capwords("the age of wisdom"))
