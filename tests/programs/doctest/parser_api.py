# doctest's parser, finder and checker as objects, and the errors a malformed docstring gives
import doctest
import os
import tempfile

parser = doctest.DocTestParser()
text = """
Intro text.

    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]
    >>> print('a')   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    >>> raise ValueError('bad')
    Traceback (most recent call last):
      File "<stdin>", line 1
    ValueError: bad
    >>> # only a comment
    >>>
"""
for piece in parser.parse(text, "demo"):
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, sorted(piece.options.items()))
    else:
        print("text", repr(piece))

test = parser.get_doctest(text, {"y": 1}, "demo", "demo.txt", 10)
print(test, test.name, test.filename, test.lineno, sorted(test.globs))
print(doctest.DocTest([], {}, "empty", None, None, ""))

for bad in [">>>print(1)", "  >>> if 1:\n  ...pass", "   >>> 1\n  2",
            ">>> 1  # doctest: +NOSUCH", ">>> # doctest: +ELLIPSIS", "    >>> x = 1\n   ... y"]:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError:", e)

checker = doctest.OutputChecker()
for want, got, flags in [("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0),
                         ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE),
                         ("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE),
                         ("x...z\n", "xyz\n", doctest.ELLIPSIS), ("aa...aa\n", "aaa\n", doctest.ELLIPSIS),
                         ("...\n", "anything\n", doctest.ELLIPSIS)]:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
example = doctest.Example("f()", "1\n2\n")
print(checker.output_difference(example, "1\n\n3\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", ""), "x\n", 0), end="")
print(checker.output_difference(example, "", 0), end="")
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.register_optionflag("MY_FLAG"), doctest.register_optionflag("MY_FLAG"))


def helper():
    """
    >>> helper()
    'helped'
    """
    return 'helped'


class Widget:
    """>>> Widget().size
    3
    """
    size = 3

    def grow(self):
        """>>> w = Widget(); w.grow(); w.size
        4
        """
        self.size += 1


finder = doctest.DocTestFinder()
for t in finder.find(Widget, "Widget", globs={"Widget": Widget}):
    print(t.name, len(t.examples), t.lineno)
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(helper, "helper")])
runner = doctest.DocTestRunner(verbose=False)
for t in finder.find(helper, "helper", globs={"helper": helper}):
    print(runner.run(t))
print(runner.summarize(verbose=True))

# a file of examples
folder = tempfile.mkdtemp()
os.chdir(folder)
path = "notes.txt"
with open(path, "w") as f:
    f.write("Notes\n=====\n\n    >>> 6 * 7\n    42\n    >>> 'a' * 3\n    'aa'\n")
result = doctest.testfile(path, module_relative=False, name="notes")
print(result, result.failed, result.attempted)
print(doctest.testfile(path, module_relative=False, report=False, verbose=False))
try:
    doctest.testfile(path, module_relative=False, package="x")
except ValueError as e:
    print(e)
try:
    doctest.testmod(42)
except TypeError as e:
    print(e)

# raise_on_error stops at the first failure with the test and example
try:
    doctest.testfile(path, module_relative=False, raise_on_error=True)
except doctest.DocTestFailure as failure:
    print("DocTestFailure", failure.example.source.strip(), repr(failure.got))
