# math.fsum with infinities, NaN and overflow: CPython's special-value rules
import math
for xs in ([1e308, 1e308], [float('inf'), 1], [float('inf'), float('-inf')], [float('nan'), 1], [0.1]*10, [1e100, 1.0, -1e100, 1e-100]):
    try: print(math.fsum(xs))
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
