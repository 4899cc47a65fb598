# instances of plain classes (NEWOBJ + BUILD), shared and nested, at protocols 2-5, and an instance
# whose own __reduce_ex__ attribute takes over
import pickle
class A:
    def __init__(self, x): self.x = x; self.y = [x, x]
class B(A): pass
class E: pass
a = A(1); b = B(2); e = E()
shared = A(3)
data = [a, b, e, a, {'k': shared, 'k2': shared}, (shared, b)]
for p in (2, 3, 4, 5):
    s = pickle.dumps(data, p)
    print(p, s)
    back = pickle.loads(s)
    print(back[0].x, back[1].y, back[0] is back[3], back[4]['k'] is back[5][0], type(back[2]).__name__)
class W:
    def __init__(self): self.__reduce_ex__ = lambda p: (W, ())
print(pickle.dumps(W(), 4)[:40])
