import pprint
import types
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default='hidden', repr=False)


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom<%d>' % self.x


items = [Item('item%d' % i, ['tag%d' % j for j in range(i)]) for i in range(6)]
pprint.pprint(items)
pprint.pprint(Item('long' * 20, list(range(20))))
pprint.pprint([Custom(i) for i in range(30)], width=40)
ns = types.SimpleNamespace(alpha=list(range(25)), beta='b' * 50, gamma={'k': 'v'})
pprint.pprint(ns)
pprint.pprint(types.SimpleNamespace())
print(pprint.pformat(types.MappingProxyType({'a': 'x' * 40, 'b': 'y' * 40})))
