inventory = [
    {"name": "widget", "qty": 10, "price": 2.5, "cat": "tools"},
    {"name": "gadget", "qty": 3, "price": 12.0, "cat": "toys"},
    {"name": "doohickey", "qty": 10, "price": 0.75, "cat": "tools"},
    {"name": "gizmo", "qty": 0, "price": 99.99, "cat": "toys"},
    {"name": "thingamajig", "qty": 7, "price": 2.5, "cat": "misc"},
]
by_qty = sorted(inventory, key=lambda d: (-d["qty"], d["name"]))
for item in by_qty:
    print(f"{item['name']:<12}|{item['qty']:>4}|{item['price']:>8.2f}|{item['cat']:^7}|")
print("-" * 36)
from operator import itemgetter, attrgetter
for item in sorted(inventory, key=itemgetter("price", "name"), reverse=True):
    print("{name:>12} {price:08.3f}".format(**item))
totals = {}
for item in inventory:
    totals[item["cat"]] = totals.get(item["cat"], 0) + item["qty"] * item["price"]
for cat, total in sorted(totals.items(), key=lambda kv: kv[1]):
    print("%-6s %10.2f %5d%%" % (cat, total, int(total) % 100))
in_stock = {d["name"]: d["qty"] for d in inventory if d["qty"]}
print(in_stock)
print(max(inventory, key=itemgetter("price"))["name"], min(in_stock, key=in_stock.get))
from collections import defaultdict, Counter
groups = defaultdict(list)
for d in inventory:
    groups[d["cat"]].append(d["name"])
print(dict(groups))
c = Counter(d["cat"] for d in inventory)
print(c, c.most_common(1), sorted(c.elements()))
inventory.sort(key=itemgetter("cat"))
print([d["name"] for d in inventory])
print(sum(d["qty"] for d in inventory), round(sum(d["price"] for d in inventory), 2))
