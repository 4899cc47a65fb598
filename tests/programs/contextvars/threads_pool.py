import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

user = contextvars.ContextVar('user', default='anonymous')
user.set('main-user')


def current():
    return user.get()


with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(current).result())
    ctx = contextvars.copy_context()
    print(ex.submit(ctx.run, current).result())

seen = {}


def worker(name):
    user.set(name)
    seen[name] = user.get()


threads = [threading.Thread(target=worker, args=('t%d' % i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()), user.get())

ctx = contextvars.Context()
threads = []
results = []
lock = threading.Lock()


def in_ctx():
    with lock:
        results.append(user.get())


ctx.run(user.set, 'ctx-user')
t = threading.Thread(target=ctx.run, args=(in_ctx,))
t.start()
t.join()
print(results, ctx[user], user.get())
