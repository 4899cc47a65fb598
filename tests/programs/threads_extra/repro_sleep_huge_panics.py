import time
try:
    time.sleep(1e20)
except OverflowError as e:
    print("OverflowError:", e)
