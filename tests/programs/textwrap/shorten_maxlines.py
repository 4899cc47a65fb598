import textwrap

text = "Hello  world! This is a fairly long sentence that needs shortening."
for width in (12, 15, 20, 30, 80):
    print(width, repr(textwrap.shorten(text, width)))
print(repr(textwrap.shorten(text, 25, placeholder="...")))
print(repr(textwrap.shorten("   spaced    out   text  ", 40)))
try:
    print(repr(textwrap.shorten(text, 5)))
except ValueError as e:
    print("ValueError", e)

para = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
for max_lines in (1, 2, 3, 10):
    print(max_lines, textwrap.wrap(para, 30, max_lines=max_lines))
print(textwrap.wrap(para, 30, max_lines=2, placeholder=" (more)"))
print(textwrap.fill(para, 25, max_lines=3, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap("short", 30, max_lines=1))
print(textwrap.wrap("aaaa bbbb cccc", 9, max_lines=2, placeholder="..."))
print(textwrap.wrap("verylongwordwithoutspaces and more", 10, max_lines=2))
try:
    textwrap.wrap(para, 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
