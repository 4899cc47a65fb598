# short-circuit evaluation of and / or / not
log = []
def t(name, value):
    log.append(name)
    return value
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 2), log)
log.clear()
print(t("a", 1) or t("b", 2), log)
log.clear()
print(t("a", "") or t("b", []), log)
log.clear()
print(t("a", 0) or t("b", 0) or t("c", 3) or t("d", 4), log)
log.clear()
print(t("a", 1) and t("b", 0) or t("c", "x"), log)
log.clear()
print(not t("a", []), log)
d = {}
print(d and d["missing"], "key" in d and d["key"])
x = None
print(x is not None and x.attr)
print(0 or None, None or 0, [] and 1, [1] and [])
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 4))
print(1 and 2 or 3, 0 and 2 or 3, (0 or 0) and 1)
val = "" or "default"
print(val)
print(all(t(i, i) for i in [1, 0, 2]), log[-2:])
