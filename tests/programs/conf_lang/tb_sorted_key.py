people = [("ann", 30), ("bob", None), ("cy", 25)]

def age_key(p):
    return p[1] + 0

print(sorted(people[::2], key=age_key))
print(sorted(people, key=age_key))
