# A traffic light / order workflow built on Enum, as typical programs use it.
from enum import Enum, IntEnum, auto, unique
from dataclasses import dataclass, field


@unique
class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def seconds(self):
        return {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}[self]


state = Light.RED
timeline = []
for _ in range(5):
    timeline.append((state.name, state.seconds))
    state = state.next()
print(timeline)


class OrderState(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


TRANSITIONS = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: set(),
    OrderState.CANCELLED: set(),
}


class InvalidTransition(Exception):
    pass


@dataclass
class Order:
    id: int
    state: OrderState = OrderState.NEW
    history: list = field(default_factory=list)

    def advance(self, new_state):
        if isinstance(new_state, str):
            new_state = OrderState(new_state)
        if new_state not in TRANSITIONS[self.state]:
            raise InvalidTransition(f"{self.state.value} -> {new_state.value}")
        self.history.append(self.state)
        self.state = new_state


o = Order(1)
for step in ["paid", OrderState.SHIPPED, "delivered", "cancelled"]:
    try:
        o.advance(step)
        print("now", o.state)
    except InvalidTransition as e:
        print("invalid:", e)
    except ValueError as e:
        print("bad value:", e)
print(o)
try:
    o.advance("lost")
except ValueError as e:
    print("bad value:", e)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


def log(level, msg, threshold=Level.INFO):
    if level >= threshold:
        print(f"[{level.name:<7}] {msg} ({level})")


log(Level.DEBUG, "hidden")
log(Level.WARNING, "disk almost full")
log(Level.ERROR, "failed", threshold=Level.ERROR)
print(sorted([Level.ERROR, Level.DEBUG, 25]), Level(30).name, Level["INFO"] + 5)
print({lvl.name: int(lvl) for lvl in Level})
counts = {}
for lvl in [Level.INFO, Level.ERROR, Level.INFO]:
    counts[lvl] = counts.get(lvl, 0) + 1
print(sorted((k.name, v) for k, v in counts.items()))
