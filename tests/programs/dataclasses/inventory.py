# Typical dataclass program: inventory of items, sorting, grouping, serialising with asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import json


@dataclass
class Supplier:
    name: str
    country: str = "NL"


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    supplier: Supplier = field(default_factory=lambda: Supplier("generic"), compare=False)
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.quantity

    @property
    def value(self):
        return round(self.price * self.quantity, 2)


@dataclass
class Inventory:
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return round(sum(i.value for i in self.items), 2)

    def by_supplier(self):
        groups = {}
        for i in self.items:
            groups.setdefault(i.supplier.name, []).append(i.name)
        return dict(sorted(groups.items()))

    def low_stock(self, limit=5):
        return [i.name for i in self.items if i.quantity < limit]


acme = Supplier("acme", "US")
inv = Inventory()
inv.add(Item("hammer", 12.5, 4, acme, ["tools"])).add(Item("nails", 0.05, 1000, acme))
inv.add(Item("glue", 3.2, 12)).add(Item("saw", 25.0, 2, Supplier("sawco", "DE")))
print(inv.total(), inv.low_stock(), inv.by_supplier())
for item in sorted(inv.items):
    print(f"{item.name:<8}{item.price:>7.2f}{item.quantity:>6}{item.value:>9.2f}")
print([i.name for i in sorted(inv.items, reverse=True)])
print(max(inv.items).name, min(inv.items, key=lambda i: i.price).name)
print(inv.items[0])
print(asdict(inv.items[0]))
print(astuple(inv.items[3]))
print(json.dumps(asdict(inv.items[2]), sort_keys=True))
restocked = replace(inv.items[3], quantity=10)
print(restocked.value, restocked.sort_index, inv.items[3].quantity)
print([f.name for f in fields(Item) if f.compare], [f.name for f in fields(Item) if not f.init])
print(Item("a", 1.0, 2) == Item("a", 1.0, 2, Supplier("other")), Item("a", 1.0) < Item("b", 1.0, 1))

snapshot = [asdict(i) for i in inv.items]
rebuilt = [Item(**{k: v for k, v in d.items() if k != "sort_index" and k != "supplier"}, supplier=Supplier(**d["supplier"])) for d in snapshot]
print(rebuilt == inv.items, rebuilt[0].supplier)


@dataclass(frozen=True)
class Sku:
    code: str
    size: str = "M"


stock = {Sku("T1"): 3, Sku("T1", "L"): 1}
stock[Sku("T1")] += 2
print(sorted((s.code, s.size, n) for s, n in stock.items()), Sku("T1") in stock)
