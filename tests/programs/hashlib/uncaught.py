# An error from a hashlib builtin that nobody catches.
import hashlib

print(hashlib.sha256(b"ok").hexdigest()[:8])
hashlib.sha256("not bytes")
print("not reached")
