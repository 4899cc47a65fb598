import time
for v in (float("nan"), float("inf"), float("-inf"), 2**64, 1e19):
    try:
        time.sleep(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(v), type(e).__name__ + ":", e)
