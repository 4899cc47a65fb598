print(int("١٢٣"), int("\uff11\uff12"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdecimal())
print(float("٣.٥"), float("\uff11.\uff15"), float(" 1_0.5 "), float("1e5"))
print(True.__repr__(), bool.__repr__(True), bool.__str__(False), repr(True), format(True), f"{True:>5}|{False:d}")
print([v.__repr__() for v in [1, True, None, 2.5, "s"]])
print(repr(complex(-0.0, -0.0)), repr(-0.0 % 5), repr(1e-7), repr(1e16), 5e-324 / 2)
print(round(1234.5, -2), round(-0.0), round(0.5), round(1.5), round(2.675, 2), round(5, 2), round(5.0, None))
print(divmod(-0.0, 1), 0.0 == -0.0, str(-0.0), -0.0 + 0.0, abs(-0.0))
print(float("inf") - float("inf"), float("inf") * 0, 1e308 * 10, -1e308 * 10)
print(2 ** -2, (-2) ** 2, -2 ** 2, 0 ** 0, 0.0 ** 0, pow(-2, 3, 5), (3).__add__(1.0))
for expr in ("0 ** -1", "0.0 ** -1", "1 % 0.0", "divmod(1, 0)"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(int.__add__(3, 4), float.__add__(1.0, 2), str.__add__("a", "b"), list.__len__([1]))
