import contextvars
import threading

var = contextvars.ContextVar('var', default=42)
other = contextvars.ContextVar('other')
print(var.name, var.get())
try:
    other.get()
except LookupError:
    print('LookupError for other')
print(other.get('fallback'), other.get(None))

tok = var.set(1)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
tok2 = var.set(2)
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
tok3 = other.set('o')
try:
    var.reset(tok3)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
try:
    var.reset('x')
except TypeError as e:
    print('TypeError', e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print('TypeError', e)

ctx = contextvars.copy_context()
print(other in ctx, ctx[other], len(ctx), ctx.get(var, 'absent'))
print(sorted(v.name for v in ctx), sorted(k.name for k in ctx.keys()), list(ctx.values()))


def work(n):
    var.set(n)
    other.set('inside %d' % n)
    return var.get(), other.get()


print(ctx.run(work, 7))
print(var.get(), other.get())
print(ctx[var], ctx[other])
print(ctx.run(var.get))
ctx2 = ctx.copy()
ctx2.run(var.set, 100)
print(ctx[var], ctx2[var])
try:
    ctx.run(ctx.run, print, 'x')
except RuntimeError as e:
    print('RuntimeError', 'already entered' in str(e))

empty = contextvars.Context()
print(len(empty), empty.run(var.get), empty.get(other, 'none'))
try:
    ctx['notavar']
except TypeError as e:
    print('TypeError', e)

results = []


def in_thread():
    results.append(other.get('no value in new thread'))
    other.set('thread value')
    results.append(other.get())


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(results, other.get())

request_id = contextvars.ContextVar('request_id', default=None)


def handle(rid):
    request_id.set(rid)
    return log('handling')


def log(msg):
    return '[%s] %s' % (request_id.get(), msg)


for rid in ['a1', 'b2']:
    print(contextvars.copy_context().run(handle, rid))
print(log('outside'))
