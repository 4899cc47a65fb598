import textwrap


def show(s):
    print(repr(s))


show(textwrap.dedent("""\
    def f():
        return 1
    """))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("  a\n\n    b\n   \n  c\n"))
show(textwrap.dedent("\ta\n\tb"))
show(textwrap.dedent("\ta\n    b"))
show(textwrap.dedent("  \t a\n  \t b"))
show(textwrap.dedent("no indent\n  some"))
show(textwrap.dedent(""))
show(textwrap.dedent("   \n   "))
show(textwrap.dedent("  x\r\n  y\r\n"))

show(textwrap.indent("a\nb\n\nc\n", "> "))
show(textwrap.indent("a\n  \nb", "+ "))
show(textwrap.indent("a\nb\n\n", "  ", lambda line: True))
show(textwrap.indent("one\ntwo\nthree", "# ", lambda line: "t" in line))
show(textwrap.indent("x\r\ny\rz", "-"))

usage = textwrap.dedent("""
    Usage: tool [options]

      -h   show help
      -v   be verbose
""").strip()
print(usage)
print(textwrap.indent(usage, "    "))

# a common idiom: dedent then fill each paragraph
doc = """
    This is the first paragraph of a docstring, which is long enough to need
    wrapping when printed in a narrow column.

    Second paragraph.
"""
for para in textwrap.dedent(doc).strip().split("\n\n"):
    print(textwrap.fill(" ".join(para.split()), 36))
    print()
