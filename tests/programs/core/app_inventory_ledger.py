# inventory with a transaction ledger and error handling
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.stock = {}
        self.ledger = []
    def receive(self, sku, qty, price):
        cur_qty, cur_price = self.stock.get(sku, (0, 0.0))
        total = cur_qty * cur_price + qty * price
        self.stock[sku] = (cur_qty + qty, round(total / (cur_qty + qty), 2))
        self.ledger.append(("in", sku, qty))
    def ship(self, sku, qty):
        have = self.stock.get(sku, (0, 0))[0]
        if have < qty:
            raise OutOfStock("%s: need %d, have %d" % (sku, qty, have))
        self.stock[sku] = (have - qty, self.stock[sku][1])
        self.ledger.append(("out", sku, qty))
    def value(self):
        return round(sum(q * p for q, p in self.stock.values()), 2)
inv = Inventory()
inv.receive("bolt", 100, 0.25)
inv.receive("nut", 250, 0.1)
inv.receive("bolt", 50, 0.31)
for sku, qty in [("bolt", 30), ("nut", 300), ("gear", 1), ("nut", 200)]:
    try:
        inv.ship(sku, qty)
        print("shipped", qty, sku)
    except OutOfStock as e:
        print("failed:", e)
for sku in sorted(inv.stock):
    q, p = inv.stock[sku]
    print("%-5s %4d @ %5.2f" % (sku, q, p))
print("value", inv.value())
moves = {}
for kind, sku, qty in inv.ledger:
    moves.setdefault(sku, []).append(qty if kind == "in" else -qty)
print(moves, {k: sum(v) for k, v in moves.items()})
