# "expected an indented block after ... on line N" names the header's line, also when the
# missing block is at the end of the source, after a nested header or blank lines.
sources = [
    "class A:\n  def f(self):\n",
    "if x:\n",
    "def f():\n\n\n",
    "if x:\ny = 1\n",
    "for i in x:\n    if i:\n",
    "while True:\n    pass\nelse:\n",
]
sources += [
    "try:\n    pass\nexcept E:\n",
    "try:\n    pass\nfinally:\n",
    "if a:\n    pass\nelif b:\n",
    "with m:\n",
    "match x:\n    case 1:\n",
    "async def g():\n    async for i in x:\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except IndentationError as e:
        print(type(e).__name__, "|", e.msg)
