"""traceback, written for gilpy: printing and formatting exceptions as the interpreter prints
an uncaught one (chained exceptions included). The text comes from the interpreter
(_traceback); extracting frame summaries (extract_tb, StackSummary) is not provided."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc', 'print_exception']


def _value(exc, value):
    if value is not None or isinstance(exc, BaseException):
        return exc if isinstance(exc, BaseException) else value
    return None


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception would print."""
    v = exc if isinstance(exc, BaseException) else value
    if v is None:
        return ['NoneType: None\n']
    text = _traceback.format_exception(v)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exception_only(exc, /, value=None):
    v = exc if isinstance(exc, BaseException) else value
    if v is None:
        return ['NoneType: None\n']
    return [_traceback.format_exception_only(v)]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info()[:2]))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info()[:2], file=file)
