class HTTPError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)

    def __str__(self):
        return f"{self.status} {self.reason}"

class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path

routes = {"/": "home", "/about": "about"}
def get(path):
    if path not in routes:
        raise NotFound(path)
    return routes[path]

for p in ["/", "/about"]:
    print(p, "->", get(p))
try:
    get("/x")
except HTTPError as e:
    print("caught", e, e.args, e.path)
lam = lambda: get("/missing")
lam()
