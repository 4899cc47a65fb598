# everyday string method exercises: acronyms, title case, vowels, slugs, masking
sentence = "  the Quick brown FOX jumps over the lazy dog  "
s = sentence.strip()
print(repr(s), s.capitalize(), s.title(), s.swapcase(), s.lower().count("o"))
print("".join(w[0].upper() for w in "portable network graphics".split()))
print(sum(1 for ch in s.lower() if ch in "aeiou"), {v: s.lower().count(v) for v in "aeiou"})
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.partition("brown"))
print("-".join(s.lower().split()), "_".join(reversed(s.split())))
def slugify(t):
    keep = "".join(ch if ch.isalnum() else " " for ch in t.lower())
    return "-".join(keep.split())
print(slugify("Hello, World! This -- is a Test?"), slugify("  Ünïcode & Things  "))
card = "4111 1111 1111 1234"
digits = card.replace(" ", "")
print("*" * (len(digits) - 4) + digits[-4:], digits.isdigit(), len(digits))
email = "First.Last@Example.COM"
user, _, domain = email.partition("@")
print(user.lower(), domain.lower(), email.lower().endswith(".com"), email.find("@"), email.count("."))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "line1\nline2\r\nline3".splitlines())
print("hello world".replace("o", "0"), "hello".replace("l", "L", 1), "x".join("abc"))
print("  pad  ".lstrip(), "|", "  pad  ".rstrip(), "|", "xxhixx".strip("x"), "www.site.org".removeprefix("www."))
print("report.final.pdf".rsplit(".", 1), "report.pdf".removesuffix(".pdf"), "abc".zfill(6), "-42".zfill(6))
print("Python"[1:4], "Python"[-3:], "Python"[::2], "Python"[::-1], "Python"[10:], "Python"[:-10])
words = "apple banana apple cherry banana apple".split()
print(sorted(set(words), key=words.count, reverse=True), words.count("apple"))
print(" ".join(w[::-1] for w in "reverse each word".split()), "is" in "this", "This".startswith(("Th", "X")))
print("tab\tseparated".expandtabs(4), "%s has %d chars" % ("word", len("word")))
print(str.maketrans("abc", "xyz") == {97: 120, 98: 121, 99: 122}, "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print(max("hello world".split(), key=len), min("b a c".split()), "mississippi".rfind("ss"), "abc" * 3)
camel = "parseHttpResponseCode"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(snake, "".join(p.title() for p in snake.split("_")))
