# Build and drop acyclic containers: reference counting frees each at once, so the collector's
# generation-0 count never passes its threshold and no collection runs (issue 6).
import gc


def churn(n):
    total = 0
    for i in range(n):
        row = [i, i + 1]
        pair = {"a": row}
        total += len(pair["a"])
    return total


before = gc.get_stats()[0]["collections"]
print(churn(5_000_000))
print("collections during the loop:", gc.get_stats()[0]["collections"] - before)
