# An uncaught error raised from __post_init__ goes through the generated __init__ ("<string>" frame).
from dataclasses import dataclass, field


@dataclass
class Temperature:
    celsius: float
    label: str = field(default="t")

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"{self.celsius} is below absolute zero")


@dataclass(frozen=True)
class Frozen:
    a: int


print(Temperature(21.5))
try:
    Frozen(1).a = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature(-300))
