# helper module defining __all__
__all__ = ["public_a", "public_b"]
public_a = "A"
public_b = "B"
not_exported = "hidden from star import"
_underscore = "also hidden"
