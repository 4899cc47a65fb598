"""Text wrapping and filling."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these count as whitespace for wrapping; Unicode spaces such as
# U+00A0 stay inside words.
_whitespace = "\t\n\x0b\x0c\r "
_ws_set = frozenset(_whitespace)
_to_space = {ord(c): " " for c in _whitespace}


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in "_!\"'&.,?"


def _runs(text):
    """Split text into alternating whitespace and non-whitespace runs."""
    if not text:
        return []
    # Map every wrapping-whitespace character to ' ' (same length), split
    # on ' ', and use the piece lengths to cut the original text.
    parts = text.translate(_to_space).split(" ")
    runs = []
    pos = 0
    ws_start = -1
    last = len(parts) - 1
    for i, part in enumerate(parts):
        if part:
            if ws_start >= 0 and ws_start < pos:
                runs.append(text[ws_start:pos])
            runs.append(text[pos:pos + len(part)])
            pos += len(part)
            ws_start = pos
        elif ws_start < 0:
            ws_start = pos
        if i < last:
            pos += 1  # the separator character
    if ws_start >= 0 and ws_start < pos:
        runs.append(text[ws_start:pos])
    return runs


def _dash_run_then_word(text, i, n):
    """True if text[i:] is two or more '-' followed by a word character."""
    j = i
    while j < n and text[j] == "-":
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_word_run(text, start, stop, out):
    """Cut the non-whitespace run text[start:stop] at hyphens and em-dashes.

    Lookbehinds consult characters before start, as the word may follow
    another chunk in the same run.
    """
    n = len(text)
    pos = start
    while pos < stop:
        c = text[pos]
        # an em-dash between words is a chunk of its own
        if (c == "-" and pos > 0 and _is_word_punct(text[pos - 1])
                and _dash_run_then_word(text, pos, n)):
            j = pos
            while text[j] == "-":
                j += 1
            out.append(text[pos:j])
            pos = j
            continue
        end = pos + 1
        while True:
            if end >= stop:
                out.append(text[pos:stop])
                pos = stop
                break
            nxt = text[end]
            if nxt == "-":
                # a hyphen closes the chunk when it follows two letters, or
                # letter-hyphen-letter, and is followed by letter[-]letter
                p1 = text[end - 1]
                p2 = text[end - 2] if end >= 2 else ""
                ok = False
                if p2 and _is_letter(p1) and _is_letter(p2):
                    ok = True
                elif end >= 3 and _is_letter(p1) and p2 == "-" and _is_letter(text[end - 3]):
                    ok = True
                if ok:
                    h = end + 1
                    if h < n and _is_letter(text[h]) and h + 1 < n:
                        a = text[h + 1]
                        if _is_letter(a) or (a == "-" and h + 2 < n and _is_letter(text[h + 2])):
                            out.append(text[pos:h])
                            pos = h
                            break
                if _is_word_punct(text[end - 1]) and _dash_run_then_word(text, end, n):
                    out.append(text[pos:end])
                    pos = end
                    break
            end += 1


class TextWrapper:
    """Wraps and fills paragraphs of text; the attributes mirror the keyword
    arguments of __init__."""

    sentence_end_chars = ".!?"

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_to_space)
        return text

    def _split(self, text):
        runs = _runs(text)
        if not self.break_on_hyphens:
            return runs
        chunks = []
        pos = 0
        for run in runs:
            end = pos + len(run)
            if run[0] in _ws_set or "-" not in run:
                chunks.append(run)
            else:
                _split_word_run(text, pos, end, chunks)
            pos = end
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        # a lowercase ASCII letter, then . ! or ?, then an optional quote
        if chunk and chunk[-1] in "\"'":
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in ".!?"
                and "a" <= chunk[-2] <= "z")

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer breaking just after a hyphen that has text before it
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # whitespace at the start of a line (other than the first) goes
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None
                        or len(lines) + 1 < self.max_lines
                        or ((not chunks
                             or (self.drop_whitespace and len(chunks) == 1
                                 and not chunks[0].strip()))
                            and cur_len <= width)):
                    lines.append(indent + "".join(cur_line))
                else:
                    # out of lines: end this one with the placeholder
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _indent_of(line):
    """Leading spaces and tabs of line."""
    return line[:len(line) - len(line.lstrip(" \t"))]


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines.

    Lines holding only spaces and tabs become empty; they do not count
    towards the common prefix.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[i] = ""
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            for x, y in zip(margin, ind):
                if x != y:
                    break
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        for i, line in enumerate(lines):
            if line.startswith(margin):
                lines[i] = line[cut:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines (by default, the lines
    that are not whitespace-only)."""
    out = []
    if predicate is None:
        for line in text.splitlines(True):
            out.append(prefix + line if line.strip() else line)
    else:
        for line in text.splitlines(True):
            out.append(prefix + line if predicate(line) else line)
    return "".join(out)


if __name__ == "__main__":
    # what CPython's module shows when run: dedent at work
    print(dedent("Hello there.\n  This is indented."))
