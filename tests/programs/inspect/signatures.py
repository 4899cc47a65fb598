import functools
import inspect
from inspect import Parameter, Signature


def f(a, b=1, *args, c, d=2, **kw):
    pass


def g(x, /, y, *, z=None):
    pass


def ann(x: int, y: 'str' = 'a', *rest: float, flag: bool = False) -> list:
    pass


def noargs():
    pass


for fn in [f, g, ann, noargs, lambda: 0, lambda x, *y, **z: 0, lambda *, k: k]:
    sig = inspect.signature(fn)
    print(sig, repr(sig))
    for name, p in sig.parameters.items():
        print('   ', name, p.kind, p.kind.description, p.default is Parameter.empty,
              repr(p), p.annotation is Parameter.empty)

sig = inspect.signature(f)
print(list(sig.parameters), len(sig.parameters), 'c' in sig.parameters, sig.parameters['d'].default)
print(sig.return_annotation is Signature.empty, inspect.signature(ann).return_annotation)
print(sig.parameters)
print(repr(Parameter.KEYWORD_ONLY), int(Parameter.VAR_KEYWORD), Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY)
print(Parameter.empty, Signature.empty, Parameter.empty is Signature.empty)


class C:
    def method(self, a, b=2):
        pass

    @classmethod
    def cm(cls, x):
        pass

    @staticmethod
    def sm(y, z=0):
        pass

    def __call__(self, q, *, r):
        pass


class D:
    def __init__(self, name, value=0):
        self.name = name


class E(D):
    pass


class N:
    def __new__(cls, a, b):
        return super().__new__(cls)


class Plain:
    pass


print(inspect.signature(C.method), inspect.signature(C().method), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(C()), inspect.signature(D), inspect.signature(E), inspect.signature(N), inspect.signature(Plain))


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def decorated(p, q=3):
    pass


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))
print(inspect.unwrap(decorated) is decorated.__wrapped__, inspect.unwrap(f) is f)
part = functools.partial(f, 10, c=5)
print(inspect.signature(part))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(f, b=3)))

ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=3)
print(ba)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(c=1), inspect.signature(g).bind(1, 2, z=3))
print(inspect.signature(g).bind(1, y=2).kwargs)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {'c': 1, 'b': 2}), ((1,), {'c': 1, 'zz': 2})]:
    try:
        sig.bind(*args, **kwargs)
        print('bound')
    except TypeError as e:
        print(type(e).__name__, e)
gsig = inspect.signature(g)
for args, kwargs in [((), {'x': 1, 'y': 2}), ((1, 2, 3), {}), ((1,), {})]:
    try:
        gsig.bind(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

params = [Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=5),
          Parameter('args', Parameter.VAR_POSITIONAL), Parameter('k', Parameter.KEYWORD_ONLY, annotation=int),
          Parameter('kw', Parameter.VAR_KEYWORD)]
s2 = Signature(params, return_annotation=str)
print(s2, s2.replace(return_annotation=Signature.empty), s2.replace(parameters=params[:2]))
p = params[1]
print(p.replace(name='bb', default=7), p.replace(kind=Parameter.KEYWORD_ONLY), p == Parameter('b', 1, default=5), p != params[0])
print(s2 == Signature(params, return_annotation=str), hash(s2) == hash(Signature(params, return_annotation=str)))
print(inspect.signature(lambda a: 0) == inspect.signature(lambda a: 1), inspect.signature(lambda a: 0) == inspect.signature(lambda b: 0))
for bad in [lambda: Parameter('x', 7), lambda: Parameter('*x', 1), lambda: Parameter('if', 1),
            lambda: Parameter(3, 1), lambda: Parameter('x', Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter('a', 3), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 1), Parameter('a', 3)]),
            lambda: inspect.signature(3), lambda: inspect.signature(int)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getfullargspec(ann).annotations)
