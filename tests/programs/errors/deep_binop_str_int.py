# uncaught TypeError from str + int several calls deep in a report builder
def label(name, qty):
    return name + ": " + qty

def line(item):
    name, qty = item
    return "  " + label(name, qty)

def build_report(items):
    lines = ["REPORT"]
    for item in items:
        lines.append(line(item))
        print("added", item[0])
    return "\n".join(lines)

print(build_report([("apples", "3"), ("pears", "5")]))
print(build_report([("plums", "1"), ("figs", 2), ("kiwis", "4")]))
