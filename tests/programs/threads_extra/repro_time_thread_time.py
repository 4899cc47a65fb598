import time
print(isinstance(time.thread_time(), float), isinstance(time.thread_time_ns(), int))
