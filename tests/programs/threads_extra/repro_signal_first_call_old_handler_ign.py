import signal
print(repr(signal.signal(signal.SIGTERM, signal.SIG_IGN)))      # <Handlers.SIG_DFL: 0>
