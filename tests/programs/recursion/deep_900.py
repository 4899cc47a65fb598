# deep but legal recursion (900 levels)
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(900))
def build(n):
    if n == 0:
        return []
    rest = build(n - 1)
    rest.append(n)
    return rest
lst = build(900)
print(len(lst), lst[:3], lst[-3:])
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(len(count_down(900, [])))
def nested_list(n):
    return [] if n == 0 else [nested_list(n - 1)]
def measure(x):
    return 0 if not x else 1 + measure(x[0])
print(measure(nested_list(900)))
