# shlex: split in POSIX and classic mode with quotes, escapes and comments, its errors,
# quote and join, and the shlex lexer with push_token and punctuation_chars.
import shlex
cases = ['a b  c', 'echo "hello world"', "it's", "'single' \"double\" plain", 'a\\ b c', '"a\\"b" \'c\\d\'', 'x="1 2" y', '', '   ', 'ls -l # comment', 'a"b"c', '"" x', "''", 'tab\there', 'new\nline', 'back\\\\slash', '"\\$HOME \\x"', 'é ü']
for c in cases:
    try:
        print(repr(c), shlex.split(c), shlex.split(c, comments=True), shlex.split(c, posix=False))
    except ValueError as e:
        print(repr(c), "ValueError", e)
for bad in ['"unclosed', "'open", 'trail\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for s in ['', 'safe-name.txt', 'has space', "it's", 'a"b', '$HOME', 'é', 'x;y']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]), shlex.split(shlex.join(['a b', "c'd", ''])))
print(list(shlex.shlex("a=b;c d")), list(shlex.shlex("foo(bar) 'q s' x", posix=True)))
print(list(shlex.shlex("a && b || c; d", punctuation_chars=True)))
lex = shlex.shlex("one two three", posix=True)
print(lex.get_token(), lex.get_token()); lex.push_token("again"); print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex("x y # tail\nz")
print(list(lex))
