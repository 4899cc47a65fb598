def connect(host, port, *, timeout=10):
    return f"{host}:{port} (t={timeout})"

print(connect("h", 1))
print(connect("h", 2, timeout=5))
settings = {"host": "x", "port": 3, "retries": 2}
print(connect(**settings))
