# uncaught TypeError: subscripting None returned by a lookup helper
USERS = {"ann": {"age": 31, "langs": ["py", "rs"]}, "bob": {"age": 25, "langs": []}}

def find(name):
    for key, rec in USERS.items():
        if key == name:
            return rec
    print("no user", name)

def first_lang(name):
    rec = find(name)
    return rec["langs"][0] if rec["langs"] else "-"

def summary(names):
    return [(n, first_lang(n)) for n in names]

print(summary(["ann", "bob"]))
print(summary(["bob", "cy", "ann"]))
