# a tiny stack-machine interpreter with variables and jumps
program = """
push 0
store total
push 1
store i
label loop
load total
load i
add
store total
load i
push 1
add
store i
load i
push 6
lt
jumpif loop
load total
print
push 7
push 0
div
"""
def run(src):
    code = [line.split() for line in src.strip().splitlines()]
    labels = {ins[1]: pc for pc, ins in enumerate(code) if ins[0] == "label"}
    stack, env, pc, steps = [], {}, 0, 0
    ops = {"add": lambda a, b: a + b, "lt": lambda a, b: a < b, "div": lambda a, b: a // b}
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "load":
            stack.append(env[args[0]])
        elif op in ops:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[op](a, b))
            except ZeroDivisionError as e:
                return "error at %d (%s): %s" % (pc, op, e), steps
        elif op == "jumpif":
            if stack.pop():
                pc = labels[args[0]]
        elif op == "print":
            print("out:", stack[-1])
    return env, steps
print(run(program))
print(run("push 2\npush 3\nadd\nstore x\nload x\nprint"))
try:
    run("load nothing")
except KeyError as e:
    print("KeyError", e)
