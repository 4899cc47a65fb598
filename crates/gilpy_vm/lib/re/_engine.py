"""Compiler from parse trees to a flat instruction list, and the backtracking
matcher that runs it.

The matcher keeps an explicit stack of choice points and undo records instead of
recursing, so the subject length never meets the recursion limit.  Only
lookarounds and atomic groups run a nested matcher, and their depth follows the
pattern's nesting, not the subject.
"""


# opcodes
LIT = 0        # (LIT, ch)
STR = 1        # (STR, text, len)
ANY = 2        # (ANY,)            any but newline
ANYALL = 3     # (ANYALL,)
SET = 4        # (SET, fast, slow)
LITI = 5       # (LITI, variants)  one character ignoring case
SPLIT = 6      # (SPLIT, alt)      try next instruction, on failure alt
SPLITG = 19    # (SPLITG, alt, fast, slow)  SPLIT, but go straight to alt when the next
               # character cannot start the branch at the next instruction
JMP = 7        # (JMP, target)
SAVE = 8       # (SAVE, slot)      group start
SAVEC = 9      # (SAVEC, slot, group)  group end, also sets lastindex
RPT = 10       # (RPT, kind, arg, arg2, min, max, greedy, nextlit)
RINIT = 11     # (RINIT, id)
RCHK = 12      # (RCHK, id, min, max, greedy, exit)
AT = 13        # (AT, kind)
REF = 14       # (REF, group, ic)
LOOK = 15      # (LOOK, prog, ahead, negate, width)
ATOMIC = 16    # (ATOMIC, prog)
GEXISTS = 17   # (GEXISTS, group, no_target)
MATCH = 18     # (MATCH,)

# single-character kinds used by RPT
K_LIT = 0
K_ANY = 1
K_ANYALL = 2
K_SET = 3
K_LITI = 4

# anchor kinds
A_BOS = 0
A_BOL = 1
A_EOS = 2
A_EOL = 3
A_EOLM = 4
A_BOUND = 5
A_NBOUND = 6
_AT_KINDS = {'bos': A_BOS, 'bol': A_BOL, 'eos': A_EOS, 'eol': A_EOL, 'eolm': A_EOLM,
             'bound': A_BOUND, 'nbound': A_NBOUND}

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


class Program:
    """A compiled instruction list plus what the matcher needs to run it."""

    def __init__(self, code, nrep, ascii_mode):
        self.code = code
        self.nrep = nrep
        self.ascii = ascii_mode


class Compiler:
    def __init__(self, ascii_mode):
        self.ascii = ascii_mode
        self.nrep = 0

    def program(self, node):
        code = []
        self.emit(node, code)
        code.append((MATCH,))
        return Program(code, self.nrep, self.ascii)

    def sub_program(self, node):
        # lookarounds and atomic groups run with their own repeat counters
        saved = self.nrep
        self.nrep = 0
        prog = self.program(node)
        self.nrep = saved
        return prog

    def single(self, node):
        """(kind, arg, arg2) when node matches exactly one character, else None."""
        k = node[0]
        if k == 'lit':
            if node[2]:
                return K_LITI, node[2], None
            return K_LIT, node[1], None
        if k == 'any':
            return (K_ANYALL if node[1] else K_ANY), None, None
        if k == 'set':
            cs = node[1]
            return K_SET, cs.fast, cs.slow
        return None

    def emit(self, node, code):
        k = node[0]
        if k == 'lit':
            if node[2]:
                code.append((LITI, node[2]))
            else:
                code.append((LIT, node[1]))
        elif k == 'any':
            code.append((ANYALL,) if node[1] else (ANY,))
        elif k == 'set':
            code.append((SET, node[1].fast, node[1].slow))
        elif k == 'cat':
            run = []
            for n in node[1]:
                if n[0] == 'lit' and not n[2]:
                    run.append(n[1])
                    continue
                self.flush(run, code)
                run = []
                self.emit(n, code)
            self.flush(run, code)
        elif k == 'alt':
            jumps = []
            branches = node[1]
            for i, b in enumerate(branches):
                if i < len(branches) - 1:
                    at = len(code)
                    code.append(None)
                    self.emit(b, code)
                    jumps.append(len(code))
                    code.append(None)
                    guard = first_chars(b)
                    if guard is None:
                        code[at] = (SPLIT, len(code))
                    elif type(guard) is str:
                        code[at] = (SPLITG, len(code), frozenset(guard), None)
                    else:
                        code[at] = (SPLITG, len(code), guard[0], guard[1])
                else:
                    self.emit(b, code)
            for j in jumps:
                code[j] = (JMP, len(code))
        elif k == 'group':
            g = node[1]
            code.append((SAVE, 2 * g))
            self.emit(node[2], code)
            code.append((SAVEC, 2 * g + 1, g))
        elif k == 'rep':
            self.emit_rep(node, code)
        elif k == 'at':
            code.append((AT, _AT_KINDS[node[1]]))
        elif k == 'ref':
            code.append((REF, node[1], node[2]))
        elif k == 'look':
            code.append((LOOK, self.sub_program(node[3]), node[1], node[2], node[4]))
        elif k == 'atomic':
            code.append((ATOMIC, self.sub_program(node[1])))
        elif k == 'cond':
            at = len(code)
            code.append(None)
            self.emit(node[2], code)
            if node[3] is not None:
                j = len(code)
                code.append(None)
                code[at] = (GEXISTS, node[1], len(code))
                self.emit(node[3], code)
                code[j] = (JMP, len(code))
            else:
                code[at] = (GEXISTS, node[1], len(code))
        else:
            raise AssertionError('unknown node %r' % (k,))

    def flush(self, run, code):
        if len(run) == 1:
            code.append((LIT, run[0]))
        elif run:
            text = ''.join(run)
            code.append((STR, text, len(text)))

    def emit_rep(self, node, code):
        _, lo, hi, mode, body = node
        if mode == 'p':
            # possessive: the greedy repeat, never backtracked into
            code.append((ATOMIC, self.sub_program(('rep', lo, hi, 'g', body))))
            return
        greedy = mode == 'g'
        one = self.single(body)
        if one is not None:
            kind, arg, arg2 = one
            at = len(code)
            code.append(None)
            code[at] = [RPT, kind, arg, arg2, lo, hi, greedy, None]
            return
        if hi == 0:
            return
        if lo == hi == 1:
            self.emit(body, code)
            return
        rid = self.nrep
        self.nrep += 1
        code.append((RINIT, rid))
        head = len(code)
        code.append(None)
        self.emit(body, code)
        code.append((JMP, head))
        code[head] = (RCHK, rid, lo, hi, greedy, len(code))


def finish(code):
    """Freeze RPT instructions, noting a literal that must follow them so the
    matcher can skip positions where that literal is absent."""
    for i, op in enumerate(code):
        if type(op) is list:
            nxt = code[i + 1] if i + 1 < len(code) else None
            lit = None
            if nxt is not None and type(nxt) is tuple:
                if nxt[0] == LIT:
                    lit = nxt[1]
                elif nxt[0] == STR:
                    lit = nxt[1]
            op[7] = lit
            code[i] = tuple(op)
        elif op[0] == LOOK or op[0] == ATOMIC:
            finish(op[1].code)
    return code


def compile_node(node, ascii_mode):
    c = Compiler(ascii_mode)
    prog = c.program(node)
    finish(prog.code)
    return prog


def _first_parts(node, out):
    """Collect into out what the first character of a match of node can be
    (literal characters as str, classes as CharSet).  Returns whether node
    can match the empty string, or None when nothing useful is known."""
    k = node[0]
    if k == 'lit':
        out.append(node[2] or node[1])
        return False
    if k == 'set':
        out.append(node[1])
        return False
    if k == 'group':
        return _first_parts(node[2], out)
    if k == 'atomic':
        return _first_parts(node[1], out)
    if k == 'rep':
        if node[2] == 0:
            return True
        r = _first_parts(node[4], out)
        if r is None:
            return None
        return r or node[1] == 0
    if k == 'cat':
        for n in node[1]:
            r = _first_parts(n, out)
            if r is None:
                return None
            if not r:
                return False
        return True
    if k == 'alt':
        nullable = False
        for b in node[1]:
            r = _first_parts(b, out)
            if r is None:
                return None
            nullable = nullable or r
        return nullable
    if k == 'at' or k == 'look':
        return True
    return None


def first_chars(node):
    """A test for the first character of any match: a str of possible
    characters, a (fast, slow) class test, or None when unknown."""
    parts = []
    if _first_parts(node, parts) is not False:
        return None
    chars = ''
    sets = []
    for p in parts:
        if type(p) is str:
            for c in p:
                if c not in chars:
                    chars += c
        else:
            sets.append(p)
    if not sets:
        if len(chars) <= 3:
            return chars
        if max(chars) < '\u0100':
            return (frozenset(chars), None)
    fast = set(c for c in chars if c < '\u0100')
    for cs in sets:
        fast.update(cs.fast)
    big = frozenset(c for c in chars if c >= '\u0100')
    if len(sets) == 1 and not big:
        return (frozenset(fast), sets[0].slow)
    tests = [cs.test for cs in sets]

    def slow(c):
        if c in big:
            return True
        for t in tests:
            if t(c):
                return True
        return False
    return (frozenset(fast), slow)


def is_word(c, ascii_mode):
    if ascii_mode:
        return c in _ASCII_WORD
    return c.isalnum() or c == '_'


def _one_ok(kind, arg, arg2, c):
    if kind == K_LIT:
        return c == arg
    if kind == K_ANY:
        return c != '\n'
    if kind == K_ANYALL:
        return True
    if kind == K_SET:
        return c in arg or (c >= '\u0100' and arg2(c))
    return c in arg


def count_run(kind, arg, arg2, s, pos, limit):
    """How far single-character repetition can run from pos (up to limit)."""
    if kind == K_ANYALL:
        return limit
    if kind == K_ANY:
        j = s.find('\n', pos, limit)
        return limit if j < 0 else j
    i = pos
    if kind == K_SET:
        while i < limit:
            c = s[i]
            if c in arg or (c >= '\u0100' and arg2(c)):
                i += 1
            else:
                break
        return i
    if kind == K_LIT:
        while i < limit and s[i] == arg:
            i += 1
        return i
    while i < limit and s[i] in arg:
        i += 1
    return i


def run(prog, s, start, end, caps, full, mustadv):
    """Try to match prog at s[start:] (not looking past end).  Fills caps
    (group slots, then lastindex in the final slot) and returns the end
    position, or -1."""
    code = prog.code
    nrep = prog.nrep
    if nrep:
        counts = [0] * nrep
        lasts = [-1] * nrep
    stack = []
    push = stack.append
    pop = stack.pop
    li = len(caps) - 1
    pc = 0
    pos = start
    while True:
        op = code[pc]
        o = op[0]
        if o == LIT:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
        elif o == STR:
            if s.startswith(op[1], pos, end):
                pos += op[2]
                pc += 1
                continue
        elif o == RPT:
            kind = op[1]
            lo = op[4]
            hi = op[5]
            if op[6]:
                limit = end if hi >= end - pos else pos + hi
                stop = count_run(kind, op[2], op[3], s, pos, limit)
                low = pos + lo
                if stop >= low:
                    lit = op[7]
                    if lit is not None and not s.startswith(lit, stop, end):
                        stop = s.rfind(lit, low, min(stop + len(lit), end))
                        if stop < 0:
                            stop = low - 1
                    if stop >= low:
                        if stop > low:
                            push((2, pc + 1, low, stop, lit))
                        pos = stop
                        pc += 1
                        continue
            else:
                limit = end if hi >= end - pos else pos + hi
                low = pos + lo
                if low <= limit and count_run(kind, op[2], op[3], s, pos, low) == low:
                    if low < limit:
                        push((3, pc, low, limit))
                    pos = low
                    pc += 1
                    continue
        elif o == SET:
            if pos < end:
                c = s[pos]
                if c in op[1] or (c >= '\u0100' and op[2](c)):
                    pos += 1
                    pc += 1
                    continue
        elif o == SPLITG:
            if pos < end:
                c = s[pos]
                if c in op[2] or (op[3] is not None and c >= '\u0100' and op[3](c)):
                    push((0, op[1], pos))
                    pc += 1
                    continue
            pc = op[1]
            continue
        elif o == SPLIT:
            push((0, op[1], pos))
            pc += 1
            continue
        elif o == JMP:
            pc = op[1]
            continue
        elif o == SAVE:
            slot = op[1]
            push((1, slot, caps[slot]))
            caps[slot] = pos
            pc += 1
            continue
        elif o == SAVEC:
            slot = op[1]
            push((1, slot, caps[slot]))
            push((1, li, caps[li]))
            caps[slot] = pos
            caps[li] = op[2]
            pc += 1
            continue
        elif o == MATCH:
            if not ((full and pos != end) or (mustadv and pos == start)):
                return pos
        elif o == ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif o == ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif o == LITI:
            if pos < end and s[pos] in op[1]:
                pos += 1
                pc += 1
                continue
        elif o == AT:
            if _at(op[1], s, pos, end, prog.ascii):
                pc += 1
                continue
        elif o == RCHK:
            rid = op[1]
            cnt = counts[rid]
            if cnt < op[2]:
                # like sre, required iterations do not arm the empty-iteration guard
                push((4, rid, cnt, lasts[rid]))
                counts[rid] = cnt + 1
                pc += 1
                continue
            if op[4]:
                if cnt < op[3] and pos != lasts[rid]:
                    push((0, op[5], pos))
                    push((4, rid, cnt, lasts[rid]))
                    counts[rid] = cnt + 1
                    lasts[rid] = pos
                    pc += 1
                    continue
                pc = op[5]
                continue
            push((5, rid, pos, pc + 1, op[3]))
            pc = op[5]
            continue
        elif o == RINIT:
            rid = op[1]
            push((4, rid, counts[rid], lasts[rid]))
            counts[rid] = 0
            lasts[rid] = -1
            pc += 1
            continue
        elif o == REF:
            g = op[1]
            a = caps[2 * g]
            b = caps[2 * g + 1]
            if a >= 0 and b >= 0:
                n = b - a
                if op[2]:
                    if pos + n <= end and s[pos:pos + n].lower() == s[a:b].lower():
                        pos += n
                        pc += 1
                        continue
                elif s.startswith(s[a:b], pos, end):
                    pos += n
                    pc += 1
                    continue
        elif o == GEXISTS:
            g = op[1]
            if caps[2 * g] >= 0 and caps[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        elif o == LOOK:
            sub = op[1]
            if op[2]:
                here = pos
            else:
                here = pos - op[4]
            if here < 0:
                ok = False
            else:
                trial = caps[:]
                ok = run(sub, s, here, end, trial, False, False) >= 0
            if ok != op[3]:
                if ok:
                    for i in range(len(caps)):
                        if trial[i] != caps[i]:
                            push((1, i, caps[i]))
                            caps[i] = trial[i]
                pc += 1
                continue
        elif o == ATOMIC:
            trial = caps[:]
            r = run(op[1], s, pos, end, trial, False, False)
            if r >= 0:
                for i in range(len(caps)):
                    if trial[i] != caps[i]:
                        push((1, i, caps[i]))
                        caps[i] = trial[i]
                pos = r
                pc += 1
                continue
        else:
            raise AssertionError('bad opcode %r' % (o,))

        # failure: unwind to the most recent choice point
        while stack:
            e = pop()
            t = e[0]
            if t == 1:
                caps[e[1]] = e[2]
                continue
            if t == 0:
                pc = e[1]
                pos = e[2]
                break
            if t == 2:
                # greedy single-character repeat: give back one character
                low = e[2]
                cur = e[3] - 1
                lit = e[4]
                if lit is not None and not s.startswith(lit, cur, end):
                    cur = s.rfind(lit, low, min(cur + len(lit), end))
                    if cur < 0:
                        continue
                if cur > low:
                    push((2, e[1], low, cur, lit))
                pc = e[1]
                pos = cur
                break
            if t == 3:
                # lazy single-character repeat: take one more character
                rop = code[e[1]]
                cur = e[2]
                limit = e[3]
                kind = rop[1]
                lit = rop[7]
                found = False
                while cur < limit and _one_ok(kind, rop[2], rop[3], s[cur]):
                    cur += 1
                    if lit is None or s.startswith(lit, cur, end):
                        found = True
                        break
                if not found:
                    continue
                if cur < limit:
                    push((3, e[1], cur, limit))
                pc = e[1] + 1
                pos = cur
                break
            if t == 4:
                counts[e[1]] = e[2]
                lasts[e[1]] = e[3]
                continue
            if t == 5:
                # lazy general repeat: now try one more iteration
                rid = e[1]
                p = e[2]
                if counts[rid] < e[4] and p != lasts[rid]:
                    push((4, rid, counts[rid], lasts[rid]))
                    counts[rid] += 1
                    lasts[rid] = p
                    pc = e[3]
                    pos = p
                    break
                continue
        else:
            return -1


def _at(kind, s, pos, end, ascii_mode):
    if kind == A_BOS:
        return pos == 0
    if kind == A_EOS:
        return pos == end
    if kind == A_BOL:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == A_EOL:
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == A_EOLM:
        return pos == end or s[pos] == '\n'
    if end == 0:
        # sre: neither \b nor \B matches in an empty string
        return False
    before = pos > 0 and is_word(s[pos - 1], ascii_mode)
    after = pos < end and is_word(s[pos], ascii_mode)
    if kind == A_BOUND:
        return before != after
    return before == after
