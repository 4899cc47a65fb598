# f-string self-documenting expressions {x=}
x = 10
name = "abc"
lst = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:5}|")
print(f"{x=!s}")
print(f"{name=}", f"{name=!s}", f"{name = !r}")
print(f"{lst=}", f"{lst[0]=}", f"{len(lst)=}")
print(f"{x * 2 + 1=}")
print(f"{3.14159=:.2f}")
print(f"{x=:>8}|")
print(f"{None=}", f"{True=}")
y = 0.1 + 0.2
print(f"{y=}", f"{y=:.3}")
print(f"{'s'=}")
d = {"k": "v"}
print(f"{d['k']=}")
