# run-length encoding/decoding and character grouping
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa", "  xx  "]:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), rle_decode(e) == s)

def compress(s):
    r = rle_encode(s)
    return r if len(r) < len(s) else s
print(compress("aabcccccaaa"), compress("abcdef"))

def groups(s):
    res = []
    for ch in s:
        if res and res[-1][0] == ch:
            res[-1] += ch
        else:
            res.append(ch)
    return res
print(groups("mississippi"), max(groups("aabbbbccc"), key=len))

def look_and_say(s):
    return "".join(str(len(g)) + g[0] for g in groups(s))
term = "1"
for _ in range(8):
    print(term)
    term = look_and_say(term)
print(len(term))
