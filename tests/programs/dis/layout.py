# The column layout of dis output, checked without printing gilpy's (or
# CPython's) instructions themselves.
import dis
import io


def f(a, b=1):
    total = 0
    for i in range(a):
        if i < b:
            total += i
    return total


def check(text, instrs, lineno_width):
    lines = text.splitlines()
    opcol = lineno_width + 13 if lineno_width else 12
    body = [line for line in lines if line]
    print(len(body) == len(instrs))
    print(all(line == line.rstrip() for line in lines))
    ok = True
    for line, ins in zip(body, instrs):
        # Opname padded to 20, then the argument right-aligned to 5, then (argrepr).
        tail = ins.opname.ljust(20)
        if ins.arg is not None:
            tail += " " + str(ins.arg).rjust(5)
            if ins.argrepr:
                tail += " (" + ins.argrepr + ")"
        ok = ok and line[opcol:] == tail.rstrip()
        ok = ok and line[opcol - 5:opcol - 1] == str(ins.offset).rjust(4)
        ok = ok and (line[opcol - 8:opcol - 6] == ">>") == ins.is_jump_target
        if lineno_width:
            col = line[:lineno_width]
            want = " " * lineno_width if ins.starts_line is None else str(ins.starts_line).rjust(lineno_width)
            ok = ok and col == want
    print("columns", ok)
    # A blank line comes before each new source line but the first.
    starts = sum(1 for i in instrs if i.starts_line is not None and i.offset > 0)
    print(lines.count("") == starts)


instrs = list(dis.get_instructions(f))
check(dis.Bytecode(f).dis(), instrs, 3)

buf = io.StringIO()
dis.dis(f, file=buf)
print(buf.getvalue() == dis.Bytecode(f).dis())
buf = io.StringIO()
dis.disassemble(f.__code__, file=buf)
print(buf.getvalue() == dis.Bytecode(f).dis())

# Wider line numbers once they pass 999.
shifted = list(dis.get_instructions(f, first_line=5000))
check(dis.Bytecode(f, first_line=5000).dis(), shifted, 4)

# The current instruction is marked, once.
target = instrs[len(instrs) // 2]
marked = dis.Bytecode(f, current_offset=target.offset).dis().splitlines()
arrows = [line for line in marked if line[4:7] == "-->"]
print(len(arrows), int(arrows[0][11:16]) == target.offset, target.opname in arrows[0])
buf = io.StringIO()
dis.disassemble(f.__code__, target.offset, file=buf)
print(buf.getvalue() == "\n".join(marked) + "\n")

# Bytecode.dis() leaves nested code alone; dis() goes into it.
def outer():
    def inner():
        return 1
    return inner

buf = io.StringIO()
dis.dis(outer, file=buf)
text = buf.getvalue()
print(dis.Bytecode(outer).dis() in text, "Disassembly of <code object inner at " in text)
print(text.startswith(dis.Bytecode(outer).dis() + "\nDisassembly of <code object inner"))
