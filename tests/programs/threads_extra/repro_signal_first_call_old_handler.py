# the first signal.signal() call of the process must return the previous handler (SIG_DFL)
import signal
print(repr(signal.signal(signal.SIGUSR1, lambda s, f: None)))   # <Handlers.SIG_DFL: 0>
print(repr(signal.signal(signal.SIGUSR2, signal.SIG_IGN)))      # <Handlers.SIG_DFL: 0>
