# every assignment form
x = 1
print(x)
a = b = c = [0]
b.append(1)
print(a, c, a is c)
p, q = 1, 2
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = "uv"
print(u, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, tl = range(5)
print(h, mid, tl)
m, *n = [1]
print(m, n)
lst = [0, 0, 0]
lst[0] = "a"
lst[-1], lst[1] = "c", "b"
print(lst)
d = {}
d["k"] = d["j"] = 7
print(d)
class Obj:
    pass
o = Obj()
o.attr = 5
o.attr += 1
print(o.attr)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
(y) = 3
[z] = [4]
print(y, z)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1, v2)
w: int = 5
print(w)
nums = [1, 2]
nums[1:] = [7, 8, 9]
print(nums)
print((cnt := 3) + 1, cnt)
