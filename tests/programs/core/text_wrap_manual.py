# greedy word wrap, justification and centering written by hand
text = ("Python is an interpreted, high-level, general-purpose programming "
        "language. Its design philosophy emphasizes code readability with the "
        "use of significant indentation. Supercalifragilisticexpialidocious!")

def wrap(s, width):
    lines, cur = [], ""
    for word in s.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]

for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(text, width)
    for ln in lines:
        print("|" + ln.ljust(width) + "|")
    print()
    for ln in lines[:-1]:
        print("|" + justify(ln, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print()
for ln in wrap(text, 40)[:3]:
    print("[" + ln.center(40) + "]")
print([len(x) for x in wrap(text, 20)])
