import sys

payload = ["payload"]

def positional(p):
    return sys.getrefcount(p)

def star(*args):
    return sys.getrefcount(args[0])

def keyword(**kwargs):
    return sys.getrefcount(kwargs["p"])

base = sys.getrefcount(payload)
print("baseline:", base)
print("positional:", positional(payload) - base)
print("keyword arg:", positional(p=payload) - base)
print("star direct:", star(payload) - base)
saved = (payload,)
print("star from tuple:", star(*saved) - base - 1)
print("positional from tuple:", positional(*saved) - base - 1)
print("star from list literal:", star(*[payload]) - base - 1)
print("positional from list literal:", positional(*[payload]) - base - 1)
kw = {"p": payload}
print("kwargs from dict:", keyword(**kw) - base - 1)
print("kwargs direct:", keyword(p=payload) - base - 1)
del saved, kw
print("restored:", sys.getrefcount(payload) == base)
