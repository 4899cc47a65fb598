# thread-local "request context": each handler thread sees only its own user and log
import threading

ctx = threading.local()
results = {}
lock = threading.Lock()

def current_user():
    return getattr(ctx, "user", "<anonymous>")

def log(msg):
    ctx.log.append("%s: %s" % (current_user(), msg))

def handle_request(user, path):
    ctx.user = user
    ctx.log = []
    log("GET " + path)
    inner_step()
    log("done")
    with lock:
        results[user] = list(ctx.log)

def inner_step():
    log("checking permissions for " + current_user())

ts = [threading.Thread(target=handle_request, args=(u, "/" + u + "/home")) for u in ["alice", "bob", "carol"]]
for t in ts:
    t.start()
for t in ts:
    t.join()
for user in sorted(results):
    print(user, results[user])
print("main thread user:", current_user())
print("main has log:", hasattr(ctx, "log"))

class Settings(threading.local):
    def __init__(self, level="INFO"):
        self.level = level
        self.inits = getattr(self, "inits", 0) + 1

settings = Settings("DEBUG")
seen = []
def read_settings():
    seen.append((settings.level, settings.inits))
    settings.level = "WARN"
t = threading.Thread(target=read_settings)
t.start(); t.join()
print("worker saw", seen, "main still", settings.level)
