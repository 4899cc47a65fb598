# __debug__ is a constant: CPython's compiler refuses every form that would bind it, with the
# range of the statement or expression it was compiling; a few forms pass (no store happens)
SOURCES = [
    'def f(__debug__): pass',
    'def f(a, /, b, *__debug__): pass',
    'def f(*, __debug__=1): pass',
    'def f(**__debug__): pass',
    'async def f(__debug__): pass',
    'x = lambda __debug__: 1',
    'f(__debug__=1)',
    'x = g(f(__debug__=1))',
    'def __debug__(): pass',
    '@deco\n# a comment\n\n@other\ndef __debug__(): pass',
    'class __debug__: pass',
    'class C(__debug__=1): pass',
    'import __debug__',
    'import a.b, __debug__.c',
    'import a as __debug__',
    'from x import y, __debug__',
    '(__debug__ := 1)',
    '__debug__ = 1',
    'del __debug__',
    'for __debug__ in y: pass',
    'with a as (b, __debug__): pass',
    'x.__debug__ = 1',
    'x, y.__debug__ = 1, 2',
    'x.__debug__: int',
    'x.__debug__: int = 1',
    'match x:\n    case __debug__: pass',
    'match x:\n    case [1, *__debug__]: pass',
    'match x:\n    case {"k": 1, **__debug__}: pass',
    'match x:\n    case (1 | 2) as __debug__: pass',
    # these compile: nothing is stored under the name
    'del x.__debug__',
    'x.__debug__ += 1',
    'print(x.__debug__, __debug__)',
    'x = {"__debug__": 1}',
]

for src in SOURCES:
    try:
        compile(src + "\n", "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))
