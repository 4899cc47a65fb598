from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Dict, List

class Category(Enum):
    FOOD = "food"
    TOOL = "tool"
    TOY = "toy"
@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: Decimal = field(compare=False)
    category: Category = field(compare=False, default=Category.TOOL)
    qty: int = field(compare=False, default=0)
    @property
    def value(self) -> Decimal:
        return self.price * self.qty
class Inventory:
    def __init__(self) -> None:
        self.items: Dict[str, Product] = {}
    def add(self, p: Product) -> None:
        if p.sku in self.items:
            raise KeyError(f"duplicate sku {p.sku}")
        self.items[p.sku] = p
    def restock(self, sku: str, n: int) -> int:
        if n <= 0:
            raise ValueError("restock amount must be positive")
        self.items[sku].qty += n
        return self.items[sku].qty
    def by_category(self) -> Dict[Category, List[str]]:
        out: Dict[Category, List[str]] = {}
        for p in sorted(self.items.values()):
            out.setdefault(p.category, []).append(p.name)
        return out
    def total(self) -> Decimal:
        return sum((p.value for p in self.items.values()), Decimal("0"))
inv = Inventory()
inv.add(Product("B2", "hammer", Decimal("12.50"), qty=3))
inv.add(Product("A1", "apple", Decimal("0.35"), Category.FOOD, 100))
inv.add(Product("C3", "yoyo", Decimal("3.99"), Category.TOY, 7))
print(inv.restock("B2", 2))
for bad in [lambda: inv.add(Product("A1", "x", Decimal(1))), lambda: inv.restock("A1", 0), lambda: inv.restock("ZZ", 1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(inv.by_category())
print(inv.total(), f"{inv.total():.2f}")
for p in sorted(inv.items.values()):
    print(f"{p.sku} {p.name:<8} {p.price:>6} x{p.qty:<4} = {p.value:>8}")
print(sorted(inv.items.values())[0])
