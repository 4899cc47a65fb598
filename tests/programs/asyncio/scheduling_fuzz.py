# Random interleavings of tasks using locks, queues, events, cancellation, shield and
# wait_for, with sleep(0) only (no timers): the trace shows the exact scheduling order.
import asyncio, random, sys

def build(seed):
    rng = random.Random(seed)
    trace = []
    async def actor(i, lock, sem, q, ev, cond):
        try:
            for step in range(rng.randint(3, 8)):
                op = rng.choice(["yield", "lock", "sem", "put", "get", "ev", "cond", "spawn", "cancel", "shield", "wait_for"])
                trace.append((i, step, op))
                if op == "yield":
                    await asyncio.sleep(0)
                elif op == "lock":
                    async with lock:
                        await asyncio.sleep(0)
                elif op == "sem":
                    async with sem:
                        await asyncio.sleep(0)
                        await asyncio.sleep(0)
                elif op == "put":
                    await q.put((i, step))
                elif op == "get":
                    try:
                        trace.append(("got", q.get_nowait()))
                    except asyncio.QueueEmpty:
                        trace.append("empty")
                elif op == "ev":
                    if rng.random() < 0.5:
                        ev.set()
                    else:
                        ev.clear()
                elif op == "cond":
                    async with cond:
                        cond.notify_all()
                elif op == "spawn":
                    async def child(k):
                        await asyncio.sleep(0)
                        trace.append(("child", k))
                        return k
                    t = asyncio.create_task(child(i * 100 + step))
                    if rng.random() < 0.5:
                        trace.append(("child result", await t))
                elif op == "cancel":
                    others = sorted(asyncio.all_tasks(), key=lambda t: t.get_name())
                    victim = rng.choice(others)
                    if victim is not asyncio.current_task() and victim.get_name().startswith("actor"):
                        trace.append(("cancel", victim.get_name(), victim.cancel()))
                elif op == "shield":
                    r = await asyncio.shield(asyncio.sleep(0, result=i))
                    trace.append(("shield", r))
                elif op == "wait_for":
                    r = await asyncio.wait_for(asyncio.sleep(0, result=step), 10)
                    trace.append(("wait_for", r))
        except asyncio.CancelledError:
            trace.append((i, "cancelled"))
            raise
        finally:
            trace.append((i, "finally"))
        return i

    async def main():
        lock = asyncio.Lock(); sem = asyncio.Semaphore(2); q = asyncio.Queue(3)
        ev = asyncio.Event(); cond = asyncio.Condition()
        tasks = [asyncio.create_task(actor(i, lock, sem, q, ev, cond), name=f"actor{i}") for i in range(6)]
        res = await asyncio.gather(*tasks, return_exceptions=True)
        trace.append(("results", [r if isinstance(r, int) else type(r).__name__ for r in res]))
        while not q.empty():
            q.get_nowait()
    return main, trace

for seed in range(25):
    main, trace = build(seed)
    try:
        asyncio.run(asyncio.wait_for(main(), 5))
    except Exception as e:
        trace.append(("error", type(e).__name__))
    print(seed, trace)
