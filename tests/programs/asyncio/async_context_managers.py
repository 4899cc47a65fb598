import asyncio
import contextlib


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        Connection.opened += 1
        print(f"connect {self.name} (open: {Connection.opened})")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        Connection.opened -= 1
        print(f"disconnect {self.name} exc={exc_type.__name__ if exc_type else None}")
        return False

    async def query(self, q):
        await asyncio.sleep(0.001)
        return f"{self.name}:{q}"


@contextlib.asynccontextmanager
async def transaction(conn):
    print("begin", conn.name)
    try:
        yield conn
    except Exception as e:
        print("rollback", conn.name, type(e).__name__)
        raise
    else:
        print("commit", conn.name)
    finally:
        await asyncio.sleep(0)


async def main():
    async with Connection("db1") as c:
        print(await c.query("select 1"))
    try:
        async with Connection("db2") as c:
            raise ConnectionError("lost")
    except ConnectionError as e:
        print("caught", e)

    # several managers in one statement exit in reverse order
    async with Connection("a") as a, Connection("b") as b:
        print(await asyncio.gather(a.query("q1"), b.query("q2")))

    async with Connection("db3") as c:
        async with transaction(c):
            print(await c.query("insert"))
    try:
        async with Connection("db4") as c:
            async with transaction(c):
                raise ValueError("bad insert")
    except ValueError as e:
        print("caught", e)

    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(f"pool{i}")) for i in range(3)]
        print("pool open:", Connection.opened, [c.name for c in conns])
    print("all closed:", Connection.opened)

    # a lock as an async context manager gives None
    lock = asyncio.Lock()
    async with lock as value:
        print("lock value:", value, lock.locked())


asyncio.run(main())
