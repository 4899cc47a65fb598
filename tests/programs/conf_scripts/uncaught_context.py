def risky(d):
    return d["key"]

def handler():
    try:
        risky({})
    except KeyError:
        print("handling missing key")
        cleanup = None
        cleanup.close()

print("start")
handler()
