# signal.alarm delivers SIGALRM to a handler while the main thread sleeps
import signal
import time

fired = []
class AlarmRang(Exception):
    pass

def on_alarm(signum, frame):
    fired.append(int(signum))
    raise AlarmRang("alarm")

signal.signal(signal.SIGALRM, on_alarm)
print("no alarm pending:", signal.alarm(0))
signal.alarm(1)
try:
    time.sleep(30)               # interrupted after about one second
    print("slept the whole time")
except AlarmRang as e:
    print("sleep interrupted by", e)
print(fired)

# alarm(0) cancels a pending alarm and returns the seconds that were left
signal.alarm(100)
left = signal.alarm(0)
print("cancel returned a positive int:", isinstance(left, int) and 0 < left <= 100)
print("nothing pending now:", signal.alarm(0))
print(signal.getsignal(signal.SIGALRM) is on_alarm)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
