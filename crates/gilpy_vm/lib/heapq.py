"""Heap queue: a list kept so that heap[0] is its smallest item and every heap[k] <=
heap[2*k+1] and heap[2*k+2]. Written for gilpy; the sift steps compare items in the same
order as CPython's heapq, so items that compare equal come out in the same order."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


# CPython's module has these private names too, in Python, and programs do use them (e.g.
# _siftup to restore the invariant after changing one entry, the _max variants for a
# max-heap). The same steps as _heapq's sifts.
def _siftdown(heap, startpos, pos):
    # move heap[pos] up while it is smaller than its parent
    item = heap[pos]
    while pos > startpos:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
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
    _siftdown(heap, top, pos)


def _siftdown_max(heap, startpos, pos):
    # as _siftdown with the comparison reversed
    item = heap[pos]
    while pos > startpos:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
            continue
        break
    heap[pos] = item


def _siftup_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, top, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    # Heap entries are [sort value, tie-break, item, next-function]: the tie-break keeps
    # equal items in the order of their input streams. For reverse the heap is a max-heap and
    # the tie-break is negated so that earlier streams still win ties. The key is computed
    # once per item.
    if reverse:
        direction = -1
        make_heap, pop_top, replace_top = _heapify_max, _heappop_max, _heapreplace_max
    else:
        direction = 1
        make_heap, pop_top, replace_top = heapify, heappop, heapreplace
    heap = []
    for order, it in enumerate(iterables):
        nxt = iter(it).__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        if key is None:
            heap.append([value, order * direction, value, nxt])
        else:
            heap.append([key(value), order * direction, value, nxt])
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace_top(heap, entry)
        except StopIteration:
            pop_top(heap)
    if heap:
        # a single stream is left: pass it through
        entry = heap[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def _n_items(n, iterable, key, largest):
    # CPython's steps, so that ties and a bad n come out the same: the n best so far sit
    # in a heap with the worst of them on top, decorated with their arrival number (counting
    # down for nlargest) so that equal items keep their order and items are never compared
    # once their keys tie
    if n == 1:
        missing = object()
        pick = max if largest else min
        if key is None:
            best = pick(iter(iterable), default=missing)
        else:
            best = pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    step = -1 if largest else 1
    numbers = range(0, -n, -1) if largest else range(n)
    if key is None:
        best = [(item, number) for number, item in zip(numbers, it)]
    else:
        best = [(key(item), number, item) for number, item in zip(numbers, it)]
    if not best:
        return best
    if largest:
        heapify(best)
        replace = heapreplace
    else:
        _heapify_max(best)
        replace = _heapreplace_max
    worst = best[0][0]
    number = n * step
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(best, (k, number) if key is None else (k, number, item))
            worst = best[0][0]
            number += step
    best.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _n_items(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _n_items(n, iterable, key, True)


# nsmallest and nlargest are one Python function each in CPython: the shared body shows no
# frame of its own
__import__("_traceback")._native_frames(_n_items)


if __name__ == "__main__":
    # CPython's self-test: the examples in the docstrings
    import doctest
    print(doctest.testmod())
