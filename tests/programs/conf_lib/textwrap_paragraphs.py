import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=25))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten(text, width=30, placeholder=" [...]"))
code = """
    def f():
        return 1
    print(f())
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=15, break_long_words=True)
print(w.wrap("supercalifragilisticexpialidocious is long"))
w2 = textwrap.TextWrapper(width=15, break_long_words=False)
print(w2.wrap("supercalifragilisticexpialidocious is long"))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i", width=5))
print(textwrap.wrap("tab\there", width=20, expand_tabs=True), textwrap.wrap("", 10))
print(textwrap.fill("one two three four five six", width=10, max_lines=2))
print(textwrap.wrap("  leading spaces and trailing  ", width=12))
print(textwrap.wrap("x y", width=10, drop_whitespace=False))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
