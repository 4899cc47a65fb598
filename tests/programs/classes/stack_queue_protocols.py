# Stack and Queue classes with __len__, __iter__, __repr__, __bool__, __contains__
class Stack:
    def __init__(self, items=()):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return reversed(self._items)
    def __repr__(self):
        return f"Stack({self._items!r})"
    def __contains__(self, x):
        return x in self._items

class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def enqueue(self, x):
        self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __iter__(self):
        yield from reversed(self._out)
        yield from self._in
    def __repr__(self):
        return "Queue([" + ", ".join(map(repr, self)) + "])"

s = Stack([1, 2])
s.push(3).push("four")
print(s, len(s), list(s), s.peek(), 2 in s, 9 in s, bool(s))
print(s.pop(), s.pop(), s)
while s:
    s.pop()
print(s, bool(s), s.peek())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return len(st) == 0
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))

q = Queue()
for x in "abc":
    q.enqueue(x)
print(q, len(q), q.dequeue())
q.enqueue("d")
print(q, list(q), [q.dequeue() for _ in range(len(q))], q)
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)

def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))
