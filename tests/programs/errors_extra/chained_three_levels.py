# three exceptions chained implicitly: each handler fails in turn
def read_config():
    return {"port": "eighty"}["host"]

def with_default():
    try:
        return read_config()
    except KeyError:
        return int({"port": "eighty"}["port"])

def main():
    try:
        return with_default()
    except ValueError:
        raise RuntimeError("configuration unusable")

main()
