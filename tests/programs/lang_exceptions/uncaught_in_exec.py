# Tracebacks through exec'd code: "<string>" frames have no source line.
source = """
def helper(values):
    return [10 / v for v in values]

result = helper([1, 2])
print("first result", result)
helper([5, 0])
"""
namespace = {}
try:
    exec(source, namespace)
except ZeroDivisionError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames:", count)
exec(source, {})
