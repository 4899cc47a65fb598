def parse_all(rows):
    return [int(r) for r in rows]

print(parse_all(["1", "2"]))
print(sum(int(x) for x in "123"))
parse_all(["3", "four"])
