# Build and drop small reference cycles: only the cycle collector frees them, so peak memory
# shows whether collection keeps up (issue 6: bounded memory with 10 million cycles).
import gc


class Node:
    __slots__ = ("other", "value")


def churn(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        a.value = i


churn(3_000_000)
stats = gc.get_stats()
print("collected at least 5,000,000:", sum(s["collected"] for s in stats) >= 5_000_000)
