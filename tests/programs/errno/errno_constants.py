# errno: the constants, errorcode, aliases, and matching OSError.errno from real failures
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n))
print(list(errno.errorcode.items())[:10])
print(sorted(errno.errorcode.items()))
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(errno.EDEADLK == errno.EDEADLOCK, errno.errorcode[errno.EDEADLK])
print(errno.EOPNOTSUPP == errno.ENOTSUP, errno.errorcode[errno.ENOTSUP])
# every code maps back to a name with that value
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(set(getattr(errno, n) for n in names)) == sorted(errno.errorcode))
print(type(errno.errorcode).__name__, 'errorcode' in dir(errno))

try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.rmdir('/nonexistent-dir-for-errno-test')
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
try:
    os.listdir(__file__)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
for code in (errno.EPERM, errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR,
             errno.EACCES, errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EPIPE,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.EINTR, errno.EINVAL):
    e = OSError(code, os.strerror(code))
    print(code, errno.errorcode[code], type(e).__name__, e)
try:
    errno.ENOPE
except AttributeError as e:
    print("AttributeError", e)
