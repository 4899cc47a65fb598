# upper lower title capitalize swapcase casefold
words = ["hello World", "ÉCOLE", "straße", "hello-world foo_bar", "they're bill's",
         "ǅemal", "123abc", "", "mIxEd CaSe", "ß"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("ΣΑΣ".lower(), "σς".upper())
print("hello".upper() == "HELLO", "ABC".lower().upper())
print("a1b2".title(), "x y".title(), "ab  cd".capitalize())
print("Straße".casefold() == "STRASSE".casefold())
print("ǈ".upper(), "ǈ".lower(), "ǈ".istitle(), "ǈ".title())
