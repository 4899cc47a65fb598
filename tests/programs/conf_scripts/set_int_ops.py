lottery = {9, 1, 17, 25}
print(lottery, len(lottery), 17 in lottery)
ids = {-1, -2, 5, 100, 3, 64, 32, 17, 1000, 2**40}
print(ids)
for n in {33, 1, 65, 97}:
    print(n, end=" ")
print()
evens = set(range(0, 40, 4))
odds = {n for n in range(1, 40, 8)}
print(evens, odds)
print(evens | odds, evens & {8, 16, 99}, evens - {0, 4}, odds ^ {1, 9, 2})
evens.discard(8)
evens.add(72)
print(evens, sorted(evens)[-3:], max(evens), min(odds))
seen = set()
dupes = []
for v in [5, 3, 5, 40, 3, 3, 72, 40]:
    if v in seen:
        dupes.append(v)
    seen.add(v)
print(seen, dupes, sorted(set(dupes)))
print(set([64, 0, 128, 32]), frozenset({7, 15, 23}), {0.5, 1.5, 2.5})
print({(0, 0), (1, 2), (2, 1)} == {(2, 1), (1, 2), (0, 0)}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1}.isdisjoint({2}))
