# a singly linked list class with iteration, indexing, reversal and repr
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for x in reversed(list(iterable)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) + " -> None" if self.head else "empty"
    def __eq__(self, other):
        return list(self) == list(other)

ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.reverse()
print(ll)
ll.remove(1)
print(ll, len(ll))
for bad in (lambda: ll.remove(99), lambda: ll[10]):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(LinkedList(), list(LinkedList("abc")), sum(LinkedList(range(10))))
print(LinkedList([1, 2]) == LinkedList([1, 2]), LinkedList([1]) == [1], 4 in ll, max(ll))
words = LinkedList()
for w in "to be or not to be".split():
    words.append(w)
print(words, sorted(set(words)))
