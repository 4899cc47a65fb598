import threading
for bad in (100, 32767, -1):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
print(threading.stack_size(65536))   # 0
print(threading.stack_size())        # 65536; with no argument CPython also resets the size to 0
print(threading.stack_size())        # 0
