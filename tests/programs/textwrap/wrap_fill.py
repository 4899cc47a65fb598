import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump? Sphinx of black quartz, "
        "judge my vow.")

for width in (10, 20, 35, 70):
    print(f"--- width {width}")
    for line in textwrap.wrap(text, width):
        print(f"|{line:<{width}}|")

print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("one"))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there", 30, expand_tabs=False))
print(textwrap.wrap("tabs\there", 30, tabsize=4))
print(textwrap.wrap("line one\nline two\n\nline four", 15))
print(textwrap.wrap("keep\nnewlines here", 30, replace_whitespace=False))
print(textwrap.wrap("a  b   c    d", 5, drop_whitespace=False))
print(textwrap.wrap("a  b   c    d", 5))

# long words
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("x" * 25, 7))

# hyphens
hy = "a well-known state-of-the-art user-friendly self-contained e-mail x-ray"
for width in (6, 10, 14, 25):
    print(width, textwrap.wrap(hy, width))
    print(width, textwrap.wrap(hy, width, break_on_hyphens=False))
print(textwrap.wrap("Look--an em-dash--right there", 8))
print(textwrap.wrap("numbers 1-2-3 and 12-34 and a-b", 6))
print(textwrap.wrap("dash-----------------------separated", 10))

# sentence endings
print(textwrap.fill("Hello there. How are you? Fine! Dr. Smith said so.", 80,
                    fix_sentence_endings=True))

w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent=">> ")
print(w.fill(text))
print(w.width, w.break_long_words, w.placeholder, repr(w.initial_indent))
w.width = 50
print(w.wrap(text)[0])

for bad in (0, -1):
    try:
        textwrap.wrap("some text", bad)
    except ValueError as e:
        print("ValueError", e)
