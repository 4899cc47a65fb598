# a small tokenizer and recursive-descent arithmetic evaluator
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")

def calc(s):
    try:
        return Parser(tokenize(s)).expr()
    except (SyntaxError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2",
          "1.5 * 4", "((2))", "2 * (3 + 4) - -1", "1 / 0", "3 + $", "(1 + 2", "2 ^ 100"]:
    print(f"{e:<18} = {calc(e)}")
print(tokenize("12+3.5*(4)"))
