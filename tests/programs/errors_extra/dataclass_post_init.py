# an error raised from __post_init__ through a dataclass's generated __init__
from dataclasses import dataclass, field

@dataclass
class Order:
    item: str
    quantity: int
    tags: list = field(default_factory=list)
    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive, got {self.quantity}")

print(Order("pen", 2))
Order("ink", 0)
