# heapq.nsmallest / nlargest (key, ties, n edge cases, iterators) and merge (key, reverse,
# ties across streams, laziness, empty inputs)
import heapq

nums = [7, 2, 9, 4, 2, 8, 1, 9, 3]
for n in [-1, 0, 1, 2, 5, 9, 20]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
print(heapq.nsmallest(3, iter(nums)), heapq.nlargest(3, iter(nums)))
print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])), heapq.nsmallest(2, []))
words = ["kiwi", "fig", "banana", "apple", "date", "plum", "cherry"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nlargest(4, words, key=lambda w: w[-1]))
records = [{'name': n, 'score': s} for n, s in [('ann', 90), ('bob', 75), ('cy', 90), ('di', 60)]]
print([r['name'] for r in heapq.nlargest(2, records, key=lambda r: r['score'])])
print([r['name'] for r in heapq.nsmallest(2, records, key=lambda r: r['score'])])
print(heapq.nsmallest(3, range(1000, 0, -1)), heapq.nlargest(2, {3: 'a', 10: 'b', 5: 'c'}))
for bad in ["heapq.nsmallest(2.0, [3, 1, 2])", "heapq.nlargest(2, 5)", "heapq.nsmallest('a', [1])",
            "heapq.nsmallest(2, [1, 'a', 3])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], [7], reverse=True)))
print(list(heapq.merge(['aaa', 'bb', 'c'], ['xx', 'y'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
# ties: equal items come out in the order of their streams
a = [(1, 'a1'), (2, 'a2')]
b = [(1, 'b1'), (2, 'b2')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(b, a, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], key=lambda t: t[0], reverse=True)))
calls = []


def counting_key(x):
    calls.append(x)
    return x


print(list(heapq.merge([1, 4], [2, 3], key=counting_key)), sorted(calls))


def source(name, items):
    for it in items:
        print("  pull", name, it)
        yield it


g = heapq.merge(source('x', [1, 5]), source('y', [2, 3]))
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    list(heapq.merge([1, 'a'], [2]))
except TypeError as e:
    print("TypeError", e)
print(list(heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)), range(2, 10, 3))))
