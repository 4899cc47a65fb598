# KeyError deep in a chain of dict subscripts: markers point at the failing subscript
config = {
    "database": {
        "primary": {"host": "db1", "port": 5432},
        "replica": {"host": "db2"},
    },
    "cache": {"ttl": 30},
}

def describe(kind):
    host = config["database"][kind]["host"]
    port = config["database"][kind]["port"]
    return f"{host}:{port}"

print(describe("primary"))
print(describe("replica"))
