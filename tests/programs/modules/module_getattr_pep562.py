# PEP 562: a module's __getattr__ answers attribute access and from-imports of names it lacks
import _lazymod
print(_lazymod.answer)
from _lazymod import answer
print(answer)
try: _lazymod.nope
except AttributeError as e: print(e)
try: from _lazymod import nope
except ImportError as e: print(e)
import typing
print(typing.Pattern)
