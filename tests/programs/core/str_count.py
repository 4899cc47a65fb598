# str.count
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"))
print(s.count("na", 3), s.count("na", 3, 7), s.count("na", -5))
print(s.count(""), "".count(""), "abc".count("", 1))
print(s.count("xyz"), s.count("banana bandana!"))
print("aaaa".count("aa"))
print("AbAbab".count("ab"), "AbAbab".lower().count("ab"))
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count(1)
except TypeError as e:
    print(type(e).__name__, e)
total = 0
for word in s.split():
    total += word.count("a")
print(total)
print("ééé".count("é"), "🙂x🙂".count("🙂"))
