# testmod on this module: passing, failing, verbose and option-flag runs of its docstrings
"""A module with doctests.

>>> 1 + 1
2
"""

def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push x.

        >>> s = Stack(); s.push(5); s.items
        [5]
        """
        self.items.append(x)

    @property
    def top(self):
        """The top.

        >>> s = Stack(); s.push(3); s.top
        3
        """
        return self.items[-1]

    @staticmethod
    def make():
        """>>> Stack.make().items
        []
        """
        return Stack()


def errors():
    """
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> True
    1
    >>> undefined_thing  # doctest: +SKIP
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    >>> print('hi')
    bye
    >>> def f(:
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> None
    >>> print('')
    <BLANKLINE>
    >>> print('  ')
    """


def nodoc():
    pass


def nested_lines():
    """Line numbers.

    >>> x = 5
    >>> x * 2
    11
    """

__test__ = {"extra": """
>>> 2 * 21
42
>>> 'nope'
'yes'
"""}

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    doctest.run_docstring_examples(add, {"add": add}, name="adder")
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST))
