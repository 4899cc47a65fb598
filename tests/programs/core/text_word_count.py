# word frequency counting with a dict, then report sorted by count and word
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick fox, a lazy dog, and THE end."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;!?").lower()
    if not word:
        continue
    counts[word] = counts.get(word, 0) + 1
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}{n:>3} {'#' * n}")
print("singletons:", [w for w, n in ranked if n == 1])
# first occurrence order is the dict's insertion order
print(list(counts)[:5])
# letters histogram
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=letters.get, reverse=True)[:5]
print(top, [letters[c] for c in top])
longest = max(counts, key=len)
print("longest:", longest, len(longest))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
