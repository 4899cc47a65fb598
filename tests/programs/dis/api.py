# The dis module's public names and the opcode tables that gilpy and CPython share in shape.
import dis

for name in ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
             "show_code", "get_instructions", "Instruction", "Bytecode", "Positions",
             "pretty_flags", "opname", "opmap", "cmp_op", "hasjrel", "hasjabs",
             "hasconst", "hasname", "haslocal", "hascompare", "hasfree", "main"]:
    print(name, hasattr(dis, name))
print(all(hasattr(dis, n) for n in dis.__all__ if n not in
          ("findlabels", "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect")))
print(dis.disco is dis.disassemble)

# opname and opmap describe the same table.
print(type(dis.opname).__name__, type(dis.opmap).__name__)
print(all(dis.opname[code] == name for name, code in dis.opmap.items()))
print(all(isinstance(n, str) and isinstance(c, int) for n, c in dis.opmap.items()))
for name in ["NOP", "POP_TOP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "LOAD_NAME",
             "STORE_NAME", "LOAD_GLOBAL", "LOAD_ATTR", "BINARY_OP", "COMPARE_OP",
             "RETURN_VALUE", "CALL", "MAKE_FUNCTION", "FOR_ITER", "GET_ITER",
             "JUMP_FORWARD", "JUMP_BACKWARD", "YIELD_VALUE", "IMPORT_NAME"]:
    print(name, name in dis.opmap)

# Every jump table entry names a real opcode.
for table in ("hasjrel", "hasjabs", "hasconst", "hasname", "haslocal", "hascompare", "hasfree"):
    codes = getattr(dis, table)
    print(table, type(codes).__name__, all(c in dis.opmap.values() for c in codes),
          codes == sorted(codes))
print("JUMP_FORWARD", dis.opmap["JUMP_FORWARD"] in dis.hasjrel)
print("FOR_ITER", dis.opmap["FOR_ITER"] in dis.hasjrel)
print("LOAD_CONST", dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["LOAD_CONST"] in dis.hasjrel)
print("LOAD_FAST", dis.opmap["LOAD_FAST"] in dis.haslocal)
print("COMPARE_OP", dis.hascompare == [dis.opmap["COMPARE_OP"]])
print("LOAD_NAME", dis.opmap["LOAD_NAME"] in dis.hasname)
print(dis.cmp_op)

# Compiler flags and their names.
for flag, name in sorted(dis.COMPILER_FLAG_NAMES.items()):
    print(hex(flag), name)
for flags in (0, 1, 3, 0x23, 0x83, 0x203, 0x1003, 0x40000000, 0xF):
    print(hex(flags), "->", dis.pretty_flags(flags))

# The namedtuples.
print(dis.Instruction._fields)
print(dis.Positions._fields)
print(dis.Positions())
print(dis.Positions(1, 2, 3, 4))
print(issubclass(dis.Instruction, tuple))
