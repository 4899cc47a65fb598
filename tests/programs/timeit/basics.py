import timeit

counter = {'n': 0}


def bump():
    counter['n'] += 1


t = timeit.timeit(bump, number=1000)
print(type(t).__name__, t >= 0, counter['n'])

t = timeit.timeit('x = sum(range(10))', number=100)
print(t >= 0)

log = []
t = timeit.timeit('log.append(y)', setup='y = 3', number=5, globals={'log': log})
print(log)

log2 = []
timeit.timeit('log2.append(len(log2))', setup='log2.clear()', number=4, globals=globals())
print(log2)

r = timeit.repeat('pass', repeat=3, number=10)
print(len(r), all(x >= 0 for x in r))

tm = timeit.Timer('a * b', setup='a = 6\nb = 7')
print(len(tm.repeat(repeat=2, number=50)))

calls = []
tm = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append('setup'))
tm.timeit(number=3)
print(calls)

fake = iter(range(0, 1000, 3))
tm = timeit.Timer('pass', timer=lambda: next(fake))
print(tm.timeit(number=10))

steps = []
ticks = []
tm = timeit.Timer(lambda: ticks.append(1), timer=lambda: len(ticks) * 0.001)
n, taken = tm.autorange(callback=lambda num, tt: steps.append(num))
print(n, steps, round(taken, 6))

for bad in [(1, 'pass'), ('pass', 2)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError')
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
print(timeit.default_timer() >= 0)
multi = timeit.Timer('for i in range(3):\n    total += i', setup='total = 0')
print(multi.timeit(number=2) >= 0)
