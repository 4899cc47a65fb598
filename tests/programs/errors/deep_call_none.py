# uncaught TypeError: calling None stored as a callback in an event dispatcher
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn=None):
        self.handlers[event] = fn
    def emit(self, event, *args):
        handler = self.handlers.get(event, print)
        return handler(*args)

def greet(name):
    print("hello", name)
    return len(name)

d = Dispatcher()
d.on("greet", greet)
d.on("quit")
def run(events):
    results = []
    for ev, arg in events:
        results.append(d.emit(ev, arg))
    return results
print(run([("greet", "world"), ("other", "x")]))
print(run([("greet", "again"), ("quit", "now")]))
