"""shlex, written for gilpy: a lexer for shell-like syntax. split() breaks a command line into
words as a POSIX shell would (quotes, backslash escapes, optional comments), quote() makes a
string safe as one shell word, join() does the reverse of split(). The shlex class gives
the tokens one at a time, in POSIX or classic mode, with or without whitespace_split, and
can group punctuation characters into tokens of their own."""

import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A lexer over a string or a stream."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.pushback = []
        self._chars = []
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # characters that may appear in file names join words (CPython's choice)
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def _next_char(self):
        if self._chars:
            return self._chars.pop()
        c = self.instream.read(1)
        if c == "\n":
            self.lineno += 1
        return c

    def _unread(self, c):
        self._chars.append(c)

    def get_token(self):
        """The next token, or self.eof at the end."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def read_token(self):
        posix = self.posix
        word = None        # the token being built; None until one has started
        kind = None        # "a" word, "c" punctuation run
        while True:
            c = self._next_char()
            if not c:
                break
            if word is None:
                if c in self.whitespace:
                    continue
                if c in self.commenters:
                    self._skip_line()
                    continue
                if posix and c in self.escape:
                    word, kind = "", "a"
                    word += self._escaped(c, None)
                    continue
                if c in self.quotes:
                    if posix:
                        word, kind = "", "a"
                        word += self._quoted(c)
                    else:
                        # classic mode keeps the quotes, and the closing one ends the token
                        return c + self._quoted(c) + c
                    continue
                if c in self.wordchars or self.whitespace_split and c not in self._punctuation_chars:
                    word, kind = c, "a"
                    continue
                if c in self._punctuation_chars:
                    word, kind = c, "c"
                    continue
                return c
            # inside a token
            if kind == "c":
                if c in self._punctuation_chars:
                    word += c
                    continue
                if c not in self.whitespace:
                    self._unread(c)
                break
            if c in self.whitespace:
                break
            if c in self.commenters:
                self._skip_line()
                break
            if posix and c in self.quotes:
                word += self._quoted(c)
                continue
            if posix and c in self.escape:
                word += self._escaped(c, None)
                continue
            if c in self.wordchars or (self.whitespace_split and c not in self._punctuation_chars):
                word += c
                continue
            self._unread(c)
            break
        if word is None:
            return self.eof
        return word

    def _skip_line(self):
        while True:
            c = self._next_char()
            if not c or c == "\n":
                return

    def _quoted(self, q):
        """The text up to the closing quote `q` (consumed, not returned)."""
        out = ""
        while True:
            c = self._next_char()
            if not c:
                raise ValueError("No closing quotation")
            if c == q:
                return out
            if self.posix and c in self.escape and q in self.escapedquotes:
                out += self._escaped(c, q)
                continue
            out += c

    def _escaped(self, esc, q):
        c = self._next_char()
        if not c:
            raise ValueError("No escaped character")
        # inside double quotes only the quote and the escape character itself are escaped
        if q is not None and c != q and c not in self.escape:
            return esc + c
        return c

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of the command line `s`, as a POSIX shell would split them."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """The command line whose split() is `split_command`."""
    return " ".join(quote(arg) for arg in split_command)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """`s` as one shell word: unchanged when it is made only of safe characters, else in
    single quotes (a single quote inside becomes '"'"')."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s) and s.isascii():
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
