"""codeop, written for gilpy: compile what a prompt has read so far, or say it needs more.

compile_command() returns a code object when the source is a whole statement, None when
more lines could complete it, and raises SyntaxError (or OverflowError, ValueError) when no
more lines could. It asks compile() with PyCF_ALLOW_INCOMPLETE_INPUT, under which compile
raises SyntaxError("incomplete input") where the parser ran out of input, and with
PyCF_DONT_IMPLY_DEDENT, so that a block stays open until a blank line closes it.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_features = [getattr(__future__, name) for name in __future__.all_feature_names]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _only_comments(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    # blank lines and comments make a statement that does nothing (eval keeps them, and
    # so stays incomplete)
    if symbol != "eval" and _only_comments(source):
        source = "pass"
    with warnings.catch_warnings():
        # the trial compilations below must not warn: the last one does, once
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            # another line might complete it: as typed it failed, but with a newline more
            # it compiles, or it runs out of input
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as e:
                if "incomplete input" in str(e):
                    return None
    # complete, or wrong for good: compile it for real, which raises the error
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = 0
    if incomplete_input:
        flags |= PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command: a code object, None when it is incomplete; SyntaxError,
    OverflowError or ValueError when it is wrong. `symbol` is "single", "exec" or "eval"."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile(), remembering the `from __future__` imports of what it has compiled."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command(), remembering `from __future__` imports as Compile does."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
