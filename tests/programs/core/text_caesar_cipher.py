# caesar and vigenere ciphers with ord/chr and str.maketrans
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif ch.islower():
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! Attack at dawn."
for k in (1, 3, 13, 25, -3, 52):
    enc = caesar(msg, k)
    print(f"{k:>3}: {enc} | {caesar(enc, -k) == msg}")

lower = "abcdefghijklmnopqrstuvwxyz"
rot13 = str.maketrans(lower + lower.upper(), lower[13:] + lower[:13] + lower.upper()[13:] + lower.upper()[:13])
print(msg.translate(rot13))
print(msg.translate(rot13).translate(rot13))

def vigenere(text, key, decrypt=False):
    res = []
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            if decrypt:
                k = -k
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            res.append(ch)
    return "".join(res)

v = vigenere("ATTACK AT DAWN", "lemon")
print(v, vigenere(v, "lemon", decrypt=True))
# brute force: find shift that yields the most common English letter 'e'
secret = caesar("meet me near the old tree at seven", 7)
best = max(range(26), key=lambda s: caesar(secret, -s).count("e"))
print(best, caesar(secret, -best))
