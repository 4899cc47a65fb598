# a closure reads a free variable that the enclosing function never assigned
def make_counter(start):
    if start > 0:
        count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step

up = make_counter(5)
print(up(), up())
down = make_counter(0)
down()
