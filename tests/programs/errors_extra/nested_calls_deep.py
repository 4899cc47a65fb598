# an error several calls deep, each call written differently
def parse(text):
    parts = text.split(",")
    return [int(p) for p in parts]

def load(lines):
    return [parse(line) for line in lines]

def summarize(lines):
    rows = load(lines)
    return sum(
        sum(row) for row in rows
    )

print(summarize(["1,2", "3,4"]))
print(summarize(["5,6", "7,eight"]))
