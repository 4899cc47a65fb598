# os error paths: argument types, errno exceptions with file names (two for rename), environ checks
import os
for call in (lambda: os.stat(None), lambda: os.listdir(3.5), lambda: os.mkdir("/nonexistent/a/b"), lambda: os.read(-1, 1),
             lambda: os.write(1, "str"), lambda: os.kill(-999999, 0), lambda: os.urandom(-1), lambda: os.chdir("/nonexistent"),
             lambda: os.rename("/nonexistent/a", "/tmp/b"), lambda: os.putenv("A=B", "1"), lambda: os.environ.__setitem__("K", 1),
             lambda: os.path.join(1, "a"), lambda: os.getpid(1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
