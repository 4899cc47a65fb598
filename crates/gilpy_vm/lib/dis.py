"""Disassembler of gilpy bytecode.

The API and the printed layout follow CPython 3.11's dis module, but the
instructions are gilpy's own: opnames are CPython's where the meaning is the
same, while opcodes, arguments and offsets belong to gilpy's compiler.  The
decoding itself is done by the native module _dis; this module only finds the
code objects, wraps the decoded tuples and formats them.
"""

import collections
import io
import sys
import types

import _dis

# CPython's list, less findlabels, HAVE_ARGUMENT, EXTENDED_ARG and
# stack_effect, which only make sense for CPython's raw bytecode.
__all__ = [
    "code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
    "show_code", "get_instructions", "Instruction", "Bytecode",
    "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
    "hascompare", "hasfree", "opname", "opmap", "hasnargs",
]

opname = list(_dis.opname)
opmap = dict(_dis.opmap)
cmp_op = ('<', '<=', '==', '!=', '>', '>=')


def _opcodes(names):
    # gilpy lacks some of CPython's instructions; list only the ones it has,
    # ordered by opcode as CPython's lists are.
    return sorted(opmap[n] for n in names if n in opmap)


hasjrel = _opcodes([
    "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT",
    "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE",
    "POP_JUMP_IF_NOT_NONE", "POP_JUMP_FORWARD_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
    "FOR_ITER", "SEND", "SETUP_FINALLY", "SETUP_WITH",
])
# 3.11 has no absolute jumps and no ops taking an argument count here;
# the lists stay for code that reads them.
hasjabs = []
hasnargs = []
hasconst = _opcodes(["LOAD_CONST", "KW_NAMES"])
hasname = _opcodes([
    "STORE_NAME", "DELETE_NAME", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL",
    "DELETE_GLOBAL", "LOAD_NAME", "LOAD_ATTR", "IMPORT_NAME", "IMPORT_FROM",
    "LOAD_GLOBAL", "LOAD_METHOD",
])
haslocal = _opcodes(["LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_FAST_CHECK"])
hascompare = _opcodes(["COMPARE_OP"])
hasfree = _opcodes([
    "MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
    "LOAD_CLASSDEREF", "COPY_FREE_VARS",
])

COMPILER_FLAG_NAMES = {
    0x1: "OPTIMIZED",
    0x2: "NEWLOCALS",
    0x4: "VARARGS",
    0x8: "VARKEYWORDS",
    0x10: "NESTED",
    0x20: "GENERATOR",
    0x40: "NOFREE",
    0x80: "COROUTINE",
    0x100: "ITERABLE_COROUTINE",
    0x200: "ASYNC_GENERATOR",
}

# Column widths of a printed instruction line, as in CPython's output.
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

# What dis() can take apart when it meets it inside a class or module.
_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)


def pretty_flags(flags):
    """Return the CO_* flags of a code object as a comma-separated string."""
    names = []
    rest = flags
    for bit in range(32):
        flag = 1 << bit
        if rest & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            rest ^= flag
            if not rest:
                break
    else:
        # Bits beyond the 32 named ones (or no bits at all) still get shown.
        names.append(hex(rest))
    return ", ".join(names)


Positions = collections.namedtuple(
    "Positions",
    ["lineno", "end_lineno", "col_offset", "end_col_offset"],
    defaults=[None] * 4,
)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset",
     "starts_line", "is_jump_target", "positions"],
    defaults=[None],
)


class Instruction(_Instruction):
    """Details of one bytecode instruction.

    opname: the name of the operation
    opcode: its numeric code (gilpy's numbering)
    arg: the numeric argument, or None
    argval: the argument resolved to what it means (constant, name, target offset)
    argrepr: a readable form of the argument, '' when there is nothing to show
    offset: where the instruction sits in the code
    starts_line: the source line it begins, or None
    is_jump_target: True when some jump lands here
    positions: a Positions tuple of the source span it came from
    """

    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format this instruction as one line of dis() output."""
        parts = []
        if lineno_width:
            if self.starts_line is None:
                parts.append(" " * lineno_width)
            else:
                parts.append(str(self.starts_line).rjust(lineno_width))
        parts.append("-->" if mark_as_current else "   ")
        parts.append(">>" if self.is_jump_target else "  ")
        parts.append(str(self.offset).rjust(offset_width))
        parts.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            parts.append(str(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                parts.append("(" + self.argrepr + ")")
        return " ".join(parts).rstrip()


def _try_compile(source, name):
    # Like CPython: an expression is disassembled as such, anything else as a module.
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        return compile(source, name, "exec")


def _unwrap(x):
    # Methods, functions, generators and coroutines all lead to one code object.
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def findlinestarts(code):
    """Yield (offset, lineno) for each instruction that starts a source line."""
    for t in _dis.get_instructions(code):
        if t[6] is not None:
            yield (t[5], t[6])


def _instructions(co, line_offset=0):
    for (name, op, arg, argval, argrepr, offset, starts_line,
         is_target, positions) in _dis.get_instructions(co):
        if starts_line is not None:
            starts_line += line_offset
        if positions is None:
            positions = Positions()
        else:
            positions = Positions(*positions)
        yield Instruction(name, op, arg, argval, argrepr, offset,
                          starts_line, is_target, positions)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterate over the Instructions of a function, method, code object or source string.

    With first_line, line numbers are shifted so that the code starts there.
    Nested code objects are not entered.  show_caches and adaptive are
    accepted for CPython's callers: gilpy has neither inline caches nor
    specialized instructions, so they change nothing.
    """
    co = _get_code_object(x)
    if first_line is None:
        offset = 0
    else:
        offset = first_line - co.co_firstlineno
    return _instructions(co, offset)


def _print_instructions(instrs, lasti=-1, file=None):
    instrs = list(instrs)
    starts = [i.starts_line for i in instrs if i.starts_line is not None]
    if not starts:
        lineno_width = 0
    else:
        # Widen the line column only when the numbers no longer fit in 3.
        lineno_width = max(3, len(str(max(starts))))
    last = instrs[-1].offset if instrs else 0
    offset_width = len(str(last)) if last >= 10000 else 4
    for instr in instrs:
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width),
              file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the instructions of one code object; lasti marks the current one with '-->'."""
    _print_instructions(_instructions(co), lasti, file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in co.co_consts:
        if isinstance(const, types.CodeType):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the disassembly of a function, method, class, module, code object,
    generator, coroutine or source string; without an argument, of the last traceback.

    Code objects nested in the constants are shown too, down to depth levels.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth)
    elif hasattr(x, "__dict__"):
        # A class or module: each thing in it that holds code, in name order.
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as exc:
                    print("Sorry:", exc, file=file)
                print(file=file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Print the disassembly of the innermost frame of a traceback, marking
    the instruction that raised (the last traceback when tb is None)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        lines.append("Constants:")
        lines.extend("%4d: %r" % item for item in enumerate(co.co_consts))
    for title, names in (("Names:", co.co_names),
                         ("Variable names:", co.co_varnames),
                         ("Free variables:", co.co_freevars),
                         ("Cell variables:", co.co_cellvars)):
        if names:
            lines.append(title)
            lines.extend("%4d: %s" % item for item in enumerate(names))
    return "\n".join(lines)


def code_info(x):
    """Return a multi-line description of the code object behind x."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of one code object, iterable as Instruction tuples.

    Unlike dis(), its dis() method returns the text and does not enter nested code.
    """

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Build a Bytecode for the innermost frame of tb, pointing at the instruction that raised."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return code_info() of the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return the disassembly as a string."""
        lasti = -1 if self.current_offset is None else self.current_offset
        out = io.StringIO()
        _print_instructions(_instructions(self.codeobj, self._line_offset), lasti, out)
        return out.getvalue()


def main(args=None):
    """Command line: disassemble a source file (or standard input) as a module."""
    import argparse
    parser = argparse.ArgumentParser()
    open_binary = argparse.FileType("rb")

    def infile_type(name):
        # Standard input is read here rather than by FileType, which wants
        # sys.stdin.buffer (a stream gilpy may not provide).
        if name == "-":
            return None
        return open_binary(name)

    parser.add_argument("infile", type=infile_type, nargs="?", default="-")
    ns = parser.parse_args(args)
    if ns.infile is None:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        source, name = stream.read(), "<stdin>"
    else:
        with ns.infile as infile:
            source, name = infile.read(), infile.name
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    main()
