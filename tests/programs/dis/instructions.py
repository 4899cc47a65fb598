# get_instructions, Instruction and Bytecode on functions whose gilpy and CPython
# bytecode agree in the parts looked at here.
import dis


def f(a, b=1):
    if a < b:
        return 'hi'
    return a


instrs = list(dis.get_instructions(f))
print(all(type(i) is dis.Instruction for i in instrs))
print(all(isinstance(i.positions, dis.Positions) for i in instrs))
names = [i.opname for i in instrs]
print("LOAD_FAST" in names, "RETURN_VALUE" in names, "COMPARE_OP" in names, "LOAD_CONST" in names)

for i in instrs:
    assert isinstance(i.opname, str) and isinstance(i.opcode, int)
    assert i.arg is None or isinstance(i.arg, int)
    assert isinstance(i.argrepr, str)
    assert isinstance(i.offset, int) and i.offset % 2 == 0
    assert i.starts_line is None or isinstance(i.starts_line, int)
    assert isinstance(i.is_jump_target, bool)
    assert dis.opname[i.opcode] == i.opname
    assert dis.opmap[i.opname] == i.opcode
print("fields ok")

offsets = [i.offset for i in instrs]
print(offsets == sorted(offsets), offsets[0])

loads = [(i.arg, i.argval, i.argrepr) for i in instrs if i.opname == "LOAD_FAST"]
print(sorted(set(loads)))
print([(i.argval, i.argrepr) for i in instrs if i.opname == "LOAD_CONST" and i.argval == 'hi'])
print([(i.argval, i.argrepr) for i in instrs if i.opname == "COMPARE_OP"])

# A jump's argval is the offset of an instruction marked as a jump target.
by_offset = {i.offset: i for i in instrs}
jumps = [i for i in instrs if i.opcode in dis.hasjrel]
print(len(jumps) > 0)
for j in jumps:
    target = by_offset[j.argval]
    print(target.is_jump_target, j.argrepr == "to %d" % j.argval, target.opname, target.argrepr)

# The first instruction starts the def line; each body line starts somewhere.
first = f.__code__.co_firstlineno
print(instrs[0].starts_line - first)
print(sorted(set(i.starts_line - first for i in instrs if i.starts_line is not None)))
starts = list(dis.findlinestarts(f.__code__))
print(all(isinstance(p, tuple) and len(p) == 2 for p in starts))
print(sorted(set(line - first for _, line in starts)))
print([o for o, _ in starts] == [i.offset for i in instrs if i.starts_line is not None])

# first_line shifts starts_line only.
shifted = list(dis.get_instructions(f, first_line=100))
print(sorted(set(i.starts_line for i in shifted if i.starts_line is not None)))
print([i.positions for i in shifted] == [i.positions for i in instrs])
print([i.opname for i in shifted] == names)

# The same through methods, the code object and a Bytecode.
class C:
    def m(self, x):
        return x

print([i.argval for i in dis.get_instructions(C().m) if i.opname == "LOAD_FAST"])
print([i.argval for i in dis.get_instructions(C.m) if i.opname == "LOAD_FAST"])
print([i.opname for i in dis.get_instructions(f.__code__)] == names)

bc = dis.Bytecode(f)
print(bc.codeobj is f.__code__, bc.first_line == first, bc.current_offset)
print(list(bc) == instrs)
print(list(bc) == list(bc))
print(repr(bc).startswith("Bytecode(<function f at "))
print(repr(dis.Bytecode("x + 1")))
print(dis.Bytecode(f, first_line=7).first_line)
print(isinstance(bc.dis(), str), bc.dis().count("\n") >= len(instrs))
print(bc.info() == dis.code_info(f))

# A hand-made instruction formats the same everywhere.
pos = dis.Positions(3, 3, 4, 9)
ins = dis.Instruction("LOAD_FAST", 124, 0, "a", "a", 12, 3, True, pos)
print(ins)
print(ins.opname, ins.argval, ins.positions.col_offset)
for args in [(), (3, True, 4), (0, False, 4), (4, False, 6), (3, False, 4)]:
    print(repr(ins._disassemble(*args)))
plain = dis.Instruction("RETURN_VALUE", 83, None, None, "", 10000, None, False, pos)
print(repr(plain._disassemble()))
print(repr(plain._disassemble(3, False, 5)))
noarg_repr = dis.Instruction("BUILD_TUPLE", 102, 2, 2, "", 4, 1200, False, pos)
print(repr(noarg_repr._disassemble(4, True)))
