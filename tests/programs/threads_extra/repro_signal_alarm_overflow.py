# signal.alarm takes a C int: 2**40 must raise OverflowError and leave no alarm set
import signal
try:
    print(signal.alarm(2**40))
except OverflowError as e:
    print("OverflowError:", e)
print(signal.alarm(0))
