# BLAKE2 argument validation, in CPython's order.
import hashlib

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)

b, s = hashlib.blake2b, hashlib.blake2s
attempt("digest_size 0", lambda: b(digest_size=0))
attempt("digest_size 65", lambda: b(digest_size=65))
attempt("s digest_size 33", lambda: s(digest_size=33))
attempt("digest_size str", lambda: b(digest_size="a"))
attempt("digest_size huge", lambda: b(digest_size=2**70))
attempt("key long", lambda: b(key=b"k" * 65))
attempt("s key long", lambda: s(key=b"k" * 33))
attempt("key str", lambda: b(key="k"))
attempt("salt long", lambda: b(salt=b"x" * 17))
attempt("s person long", lambda: s(person=b"x" * 9))
attempt("fanout", lambda: b(fanout=256))
attempt("depth", lambda: b(depth=0))
attempt("leaf_size neg", lambda: b(leaf_size=-1))
attempt("leaf_size big", lambda: b(leaf_size=2**32))
attempt("leaf_size huge", lambda: b(leaf_size=2**64))
attempt("leaf_size float", lambda: b(leaf_size=1.5))
attempt("node_offset neg", lambda: b(node_offset=-1))
attempt("node_offset huge", lambda: b(node_offset=2**64))
attempt("s node_offset", lambda: s(node_offset=2**48))
attempt("node_depth", lambda: b(node_depth=256))
attempt("inner_size", lambda: b(inner_size=65))
attempt("order digest/salt", lambda: b(digest_size=0, salt=b"x" * 20))
attempt("order key/digest", lambda: b(key=b"k" * 100, digest_size=0))
attempt("order conv", lambda: b(key="k", digest_size="x"))
attempt("order data", lambda: b("x", digest_size=0))
attempt("data str", lambda: b("x"))
attempt("data int", lambda: s(1))
attempt("two positional", lambda: b(b"a", b"b"))
attempt("data kw", lambda: b(data=b"x"))
attempt("string kw", lambda: s(string=b"x"))
attempt("unknown kw", lambda: b(foo=1))
attempt("update none", lambda: b().update())
attempt("update str", lambda: s().update("x"))
attempt("digest arg", lambda: b().digest(1))
attempt("copy arg", lambda: s().copy(1))
attempt("attr readonly", lambda: setattr(b(), "digest_size", 3))
