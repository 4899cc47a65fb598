import sys
import atexit

atexit.register(lambda: print("atexit handler"))

def main():
    total = 0
    for i in range(5):
        total += i
    print("total", total)
    try:
        sys.exit(3)
    except SystemExit as e:
        print("caught exit", e.code, repr(e))
    try:
        raise SystemExit
    except SystemExit as e:
        print("bare", e.code)
    try:
        sys.exit(None)
    except SystemExit as e:
        print("none", e.code)
    return 4

if __name__ == "__main__":
    try:
        code = main()
    finally:
        print("finally before exit")
    sys.exit(code)
