# sys.exit inside try/finally still runs the finally block
import sys
class Resource:
    def __enter__(self):
        print("resource opened")
        return self
    def __exit__(self, *args):
        print("resource closed")
with Resource():
    try:
        print("in try")
        sys.exit(2)
    finally:
        print("finally still runs")
