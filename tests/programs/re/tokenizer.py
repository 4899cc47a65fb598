# A regex-driven tokenizer and small parsers, like teaching examples do.
import re

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(?:\.\d*)?'),
    ('ASSIGN',   r':='),
    ('END',      r';'),
    ('ID',       r'[A-Za-z_]\w*'),
    ('OP',       r'[+\-*/]'),
    ('LPAREN',   r'\('),
    ('RPAREN',   r'\)'),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+'),
    ('MISMATCH', r'.'),
]
TOK = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}

def tokenize(code):
    line = 1
    line_start = 0
    for mo in TOK.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            yield ('ERROR', value, line, column)
            continue
        yield (kind, value, line, column)

program = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05 $;
ENDIF;'''
for tok in tokenize(program):
    print(tok)

def calc(expr):
    tokens = re.findall(r'\d+|[-+*/()]', expr)
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        t = take()
        if t == '(':
            v = expr_()
            take()
            return v
        return int(t)
    def term():
        v = atom()
        while peek() in ('*', '/'):
            v = v * atom() if take() == '*' else v // atom()
        return v
    def expr_():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if take() == '+' else v - term()
        return v
    return expr_()

for e in ['1 + 2 * 3', '(1 + 2) * 3', '100 / 7 - 2', '2 * (3 + 4) * 5']:
    print(e, '=', calc(e))

INI = '''
[server]
host = example.com
port=8080
; comment
[client]
timeout = 30
name = "my client"
'''
section = None
config = {}
for line in INI.splitlines():
    if re.match(r'^\s*(;|$)', line):
        continue
    m = re.match(r'^\[(?P<sec>[^\]]+)\]$', line)
    if m:
        section = m.group('sec')
        config[section] = {}
        continue
    m = re.match(r'^\s*(?P<key>\w+)\s*=\s*"?(?P<val>.*?)"?\s*$', line)
    if m:
        config[section][m.group('key')] = m.group('val')
for sec in sorted(config):
    print(sec, sorted(config[sec].items()))

scanner = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
pos = 0
s = '12 abc +'
out = []
while pos < len(s):
    m = scanner.match(s, pos)
    out.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(out)
