# raise SystemExit directly
def cleanup():
    print("cleanup done")
try:
    print("doing work")
finally:
    cleanup()
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
e = SystemExit(5)
print(e.code, e.args)
print("raising SystemExit(5)")
raise e
