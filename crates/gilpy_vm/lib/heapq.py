"""Heap queue: a list kept so that heap[0] is its smallest item and every heap[k] <=
heap[2*k+1] and heap[2*k+2]. Written for gilpy; the sift steps compare items in the same
order as CPython's heapq, so items that compare equal come out in the same order."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, top, pos):
    # move heap[pos] up while it is smaller than its parent
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # take the smaller child up all the way to a leaf, then settle the item there: fewer
    # comparisons than stopping early, since the moved-in item is usually large
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item: faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Turn the list x into a heap, in place, in linear time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_to_leaf(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: ties keep input order)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append((value, order, it))
            break
    if key is None:
        keyf = lambda v: v
    else:
        keyf = key
    # a small list of (key, order, value, iterator); the minimum (or maximum) is taken each time
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = keyf(entries[i][0])
            b = keyf(entries[best][0])
            if (b < a) if reverse else (a < b):
                best = i
            elif not (a < b) and not (b < a) and entries[i][1] < entries[best][1]:
                best = i
        value, order, it = entries[best]
        yield value
        for nxt in it:
            entries[best] = (nxt, order, it)
            break
        else:
            del entries[best]
