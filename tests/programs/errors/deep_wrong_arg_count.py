# uncaught TypeError: a method called with too many positional arguments deep in a chain
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def scaled(self, factor):
        return Rect(self.w * factor, self.h * factor)

def total_area(shapes, factor):
    return sum(s.scaled(factor).area() for s in shapes)

def compare(shapes):
    for f in (1, 2):
        print("factor", f, total_area(shapes, f))
    return shapes[0].area(shapes[1])

def main():
    shapes = [Rect(1, 2), Rect(3, 4)]
    try:
        Rect(1)
    except TypeError as e:
        print("caught:", e)
    print(compare(shapes))

main()
