import asyncio, signal, os, threading
async def main():
    loop = asyncio.get_running_loop()
    for bad in ('x', 0, 1000, signal.SIGKILL):
        try: loop.add_signal_handler(bad, print)
        except Exception as e: print(type(e).__name__, e)
    async def c(): pass
    try: loop.add_signal_handler(signal.SIGUSR1, c)
    except Exception as e: print(type(e).__name__, e)
    print(loop.remove_signal_handler(signal.SIGUSR1))
    ev = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, ev.set)
    signal.raise_signal(signal.SIGUSR1)
    await ev.wait(); print('got signal', loop.remove_signal_handler(signal.SIGUSR1), signal.getsignal(signal.SIGUSR1))
    # graceful shutdown pattern: signal from another thread while the loop sleeps
    stop = asyncio.Event()
    got = []
    loop.add_signal_handler(signal.SIGTERM, lambda: (got.append("TERM"), stop.set()))
    threading.Timer(0.02, os.kill, (os.getpid(), signal.SIGTERM)).start()
    await asyncio.wait_for(stop.wait(), 5)
    print("stopped by", got)
asyncio.run(main())
print(signal.getsignal(signal.SIGTERM))
