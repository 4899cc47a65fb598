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


def _not_list(func, heap, which="argument 1"):
    return TypeError(f"{func}() {which} must be list, not {type(heap).__name__}")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise _not_list("heappush", heap)
    # the sift is written out here: heappush is the hot call of every priority queue
    pos = len(heap)
    heap.append(item)
    while pos:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise _not_list("heappop", heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    if not isinstance(heap, list):
        raise _not_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    if not isinstance(heap, list):
        raise _not_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    if not isinstance(x, list):
        raise _not_list("heapify", x, "argument")
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


# CPython's module has these private names too, and programs do use them (e.g. _siftup to
# restore the invariant after changing one entry, the _max variants for a max-heap).
def _siftdown(heap, startpos, pos):
    _sift_toward_root(heap, startpos, pos)


def _siftup(heap, pos):
    _sift_to_leaf(heap, pos)


def _siftdown_max(heap, startpos, pos):
    # as _sift_toward_root with the comparison reversed
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


def _heapify_max(x):
    """Maxheap variant of heapify."""
    if not isinstance(x, list):
        raise _not_list("_heapify_max", x, "argument")
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    """Maxheap variant of heappop."""
    if not isinstance(heap, list):
        raise _not_list("_heappop_max", heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap variant of heapreplace."""
    if not isinstance(heap, list):
        raise _not_list("_heapreplace_max", heap)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


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


def _n_items(n, iterable, key, pick, descending):
    # the shared steps of nsmallest/nlargest, in the order CPython's take them, so that a bad
    # n fails with the same error
    if n == 1:
        missing = object()
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
            return sorted(iterable, key=key, reverse=descending)[:n]
    count = len(range(n))
    if count <= 0:
        return []
    return sorted(iterable, key=key, reverse=descending)[:count]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _n_items(n, iterable, key, min, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _n_items(n, iterable, key, max, True)
