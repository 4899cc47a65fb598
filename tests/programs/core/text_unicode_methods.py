# string methods on non-ASCII text
words = ["café", "naïve", "straße", "Ωmega", "日本語", "ÉCOLE", "ǅemal"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.title(), w.casefold(), w.swapcase())
print("straße".upper(), len("straße".upper()))
print("ﬁne".upper())
print("İ".lower(), len("İ".lower()))
s = "Grüße aus Köln — «привет» 🙂!"
print(len(s), s[::-1])
print([c for c in s if not c.isascii()])
print(s.encode("utf-8")[:12], len(s.encode("utf-8")))
print(s.encode("utf-8").decode("utf-8") == s)
print(s.find("Köln"), s.index("🙂"), s.count("ü"))
print("ü".isalpha(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit())
print(int("٣٤"), "Ⅻ".isnumeric())
print([ord(c) for c in "é€😀"], chr(0x1F600), hex(ord("€")))
print(ascii("café ☕"), repr("café ☕"))
print("αβγ".center(9, "*"), "αβγ".rjust(6, "·"))
print(sorted(["éclair", "apple", "Zebra", "zoo", "Éa"]))
print(sorted(["éclair", "apple", "Zebra", "zoo", "Éa"], key=str.casefold))
print("Ünïcödé".startswith("Ün"), "Ünïcödé".endswith("dé"))
print("a–b—c".split("—"), "x\u00a0y".split())
print("ǆ".upper(), "ǆ".title(), "ǆ".capitalize())
print(f"{'日本':>6}|{'日本':<6}|{'日本':^6}|")
