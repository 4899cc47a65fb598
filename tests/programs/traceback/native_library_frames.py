# library code that CPython writes in C (functools' partial/reduce/lru_cache/cmp_to_key,
# itertools, operator, bisect, defaultdict, heapq, asyncio's Task and Future) has no frame:
# not in tracebacks, not as anyone's f_back, not for sys._getframe or a trace function
import asyncio, bisect, functools, heapq, itertools, operator, sys, traceback
from collections import defaultdict, OrderedDict


def risky(a, b=0):
    return a / b


def show(label, thunk):
    try:
        thunk()
    except Exception as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print(label, type(e).__name__, names)


show("partial", lambda: functools.partial(risky, 1)())
show("reduce", lambda: functools.reduce(risky, [1, 0]))
show("reduce empty", lambda: functools.reduce(risky, []))
show("lru_cache", lambda: functools.lru_cache(maxsize=4)(risky)(2))
show("cache unhashable", lambda: functools.cache(risky)([1]))
show("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: risky(a))))
show("accumulate", lambda: list(itertools.accumulate([1, 2], risky)))
show("starmap", lambda: list(itertools.starmap(risky, [(1, 0)])))
show("groupby", lambda: list(itertools.groupby([1, 2], key=lambda x: risky(x))))
show("filterfalse", lambda: list(itertools.filterfalse(risky, [1])))
show("itemgetter", lambda: operator.itemgetter(3)([1]))
show("attrgetter", lambda: operator.attrgetter("nope")(1))
show("methodcaller", lambda: operator.methodcaller("upper", 1)("a"))
show("bisect", lambda: bisect.insort([1, 2], "x"))
show("bisect key", lambda: bisect.bisect([1, 2], 1, key=lambda v: risky(v)))
show("defaultdict", lambda: defaultdict(lambda: risky(1))["k"])
show("heappush", lambda: heapq.heappush([1], "s"))
show("odict", lambda: OrderedDict().popitem())
show("odict move", lambda: OrderedDict().move_to_end("k"))
show("date", lambda: __import__("datetime").date(2024, 2, 30))
show("timedelta", lambda: __import__("datetime").timedelta(days=1) + 1)
show("nlargest", lambda: heapq.nlargest("x", [1, 2]))


# the frame a callback sees as its caller is the Python code that called the library
def whose_caller():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_code.co_name

def through_partial():
    return functools.partial(whose_caller)()

def through_reduce():
    return functools.reduce(lambda a, b: whose_caller(), [1, 2])

print(through_partial(), through_reduce())
print(functools.reduce(lambda a, b: sys._getframe(1).f_code.co_name, [1, 2]))


# a trace function sees no call events for them
events = []
def tracer(frame, event, arg):
    if event == "call":
        events.append(frame.f_code.co_name)
    return None

def traced_work():
    p = functools.partial(risky, 4, 2)
    total = functools.reduce(operator.add, itertools.chain([1], [2]))
    return p() + total

sys.settrace(tracer)
traced_work()
sys.settrace(None)
print(events)


# a coroutine's error: the traceback runs from the caller of run() into the coroutines
async def leaf():
    await asyncio.sleep(0)
    raise KeyError("leaf")

async def middle():
    return await asyncio.create_task(leaf())

try:
    asyncio.run(middle())
except KeyError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print(names[0], names[-3:])

functools.reduce(lambda a, b: a[b], [{"k": {}}, "k", "missing"])
