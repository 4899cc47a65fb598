# match: compile-time errors for patterns, and soft-keyword usage as identifiers.
sources = {
    "irrefutable first": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "wildcard first": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "duplicate name": "match x:\n    case [a, a]:\n        pass\n",
    "or binds differ": "match x:\n    case [a] | [b]:\n        pass\n",
    "two stars": "match x:\n    case [*a, *b]:\n        pass\n",
    "duplicate key": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "f-string pattern": "match x:\n    case f'{y}':\n        pass\n",
    "irrefutable in or": "match x:\n    case a | 1:\n        pass\n",
    "ok guard": "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "ok complex": "match x:\n    case -1 + 2j:\n        pass\n",
    "bad complex": "match x:\n    case 1 + 2:\n        pass\n",
    "star in mapping rest": "match x:\n    case {**_}:\n        pass\n",
    "empty match": "match x:\n    pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<pattern>", "exec")
        print(label, "-> compiled")
    except SyntaxError as e:
        print(label, "-> SyntaxError:", e.msg, "line", e.lineno)

match = [1, 2]
print(match[0])
case = {"k": 1}
print(case["k"])


def match(*args):
    return ("called match", args)


print(match(1))
_ = 3
print(_)
type = "shadow"
print(type)
del type
print(type(1).__name__)


class match_holder:
    match = 1
    case = 2


print(match_holder.match + match_holder.case)
