# inverting dicts, grouping, nested dicts and dict comprehensions
capitals = {"France": "Paris", "Japan": "Tokyo", "Peru": "Lima", "Kenya": "Nairobi"}
inv = {v: k for k, v in capitals.items()}
print(inv)
print(inv["Tokyo"], sorted(inv))
grades = {"ann": "A", "ben": "B", "cat": "A", "dan": "C", "eve": "B", "fay": "A"}
by_grade = {}
for student, g in grades.items():
    by_grade.setdefault(g, []).append(student)
print(by_grade)
for g in sorted(by_grade):
    print(g, ", ".join(by_grade[g]))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
anagrams = {}
for w in words:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([grp for grp in anagrams.values() if len(grp) > 1])
sales = [("north", "q1", 100), ("south", "q1", 80), ("north", "q2", 120),
         ("south", "q2", 95), ("east", "q1", 60), ("north", "q1", 5)]
table = {}
for region, q, amt in sales:
    table.setdefault(region, {}).setdefault(q, 0)
    table[region][q] += amt
print(table)
totals = {r: sum(qs.values()) for r, qs in table.items()}
print(totals, max(totals, key=totals.get))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, {"a": 1} | {"a": 2, "z": 0})
d = dict.fromkeys("abc", 0)
d.update(b=5, d=7)
print(d, d.pop("a"), d.popitem(), d)
squares = {n: n * n for n in range(1, 6)}
print(squares, {k: v for k, v in squares.items() if v % 2})
print(list(zip(*squares.items())))
multi = {}
for k, v in [("x", 1), ("y", 2), ("x", 3), ("x", 1)]:
    multi.setdefault(k, set()).add(v)
print({k: sorted(v) for k, v in multi.items()})
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("z", {}).get("b", "missing"))
print("Japan" in capitals, "Tokyo" in capitals, "Tokyo" in capitals.values())
