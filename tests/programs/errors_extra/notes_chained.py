# notes on both the cause and the outer exception, with a multi-line note
class ParseError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note("hint: only digits allowed")
        err = ParseError(f"bad number {text!r}")
        err.add_note("line 1\nline 2 of the note")
        raise err from e

print(parse("12"))
parse("1x")
