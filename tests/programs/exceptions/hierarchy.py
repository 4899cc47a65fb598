# builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (FileNotFoundError, OSError), (IOError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (ValueError, Exception),
    (TypeError, ValueError), (AttributeError, Exception), (ModuleNotFoundError, ImportError),
    (AssertionError, Exception), (IndentationError, SyntaxError), (TabError, IndentationError),
    (SyntaxError, Exception), (KeyError, KeyError), (bool, int), (StopAsyncIteration, Exception),
    (EOFError, Exception), (PermissionError, OSError), (MemoryError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__])
print(issubclass(ZeroDivisionError, (KeyError, ArithmeticError)))
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), TypeError))
