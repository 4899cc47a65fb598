# Mutation during iteration: dict/set/list iterators, exhausted iterators, recursion errors.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
def dict_mut():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt("dict size change", dict_mut)
def dict_mut_keys_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
attempt("dict keys changed same size", dict_mut_keys_same_size)
def set_mut():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
attempt("set size change", set_mut)
def list_mut():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x == 1:
            l.remove(x)
    return out, l
attempt("list remove during iter", list_mut)
def dict_values_mut():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
attempt("values view change", dict_values_mut)
def dict_items_after_pop():
    d = {1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    d.pop(2)
    return list(it)
attempt("items iter after pop", dict_items_after_pop)
def sort_mutation():
    l = [3, 1, 2]
    def key(x):
        l.append(0)
        return x
    l.sort(key=key)
attempt("list modified during sort", sort_mutation)
def deque_like():
    l = [1, 2]
    it = iter(l)
    l.clear()
    return list(it)
attempt("list iter after clear", deque_like)
def reversed_mut():
    l = [1, 2, 3]
    r = reversed(l)
    l.pop()
    return list(r)
attempt("reversed after pop", reversed_mut)
def dict_update_self_iter():
    d = {1: 1}
    for k in d:
        d[k] = 5
    return d
attempt("dict value change ok", dict_update_self_iter)
def dict_iter_exhausted_then_added():
    d = {1: 1}
    it = iter(d)
    list(it)
    d[2] = 2
    return list(it)
attempt("exhausted iter stays exhausted", dict_iter_exhausted_then_added)
def recursion():
    def r(n): return r(n + 1)
    r(0)
attempt("recursion", recursion)
def repr_recursion():
    class R:
        def __repr__(self): return repr(self)
    repr(R())
attempt("repr recursion", repr_recursion)
import sys
attempt("limit", lambda: sys.getrecursionlimit())
