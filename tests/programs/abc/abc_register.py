# Virtual subclasses with register(), __subclasshook__ and the cache token.
import abc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


token = get_cache_token()
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
result = Drawable.register(Circle)
print(result is Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(get_cache_token() != token)
print(Drawable not in Circle.__mro__)


@Drawable.register
class Square:
    pass


print(isinstance(Square(), Drawable), Square.__name__)


class Sub(Circle):
    pass


print(issubclass(Sub, Drawable))

Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance(5.0, Drawable))

try:
    Drawable.register(5)
except TypeError as e:
    print(type(e).__name__, e)


class Parent(ABC):
    pass


class Child(Parent):
    pass


try:
    Child.register(Parent)
except RuntimeError as e:
    print(type(e).__name__, e)


class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            if any("quack" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Duck:
    def quack(self):
        return "Quack"


class Robot:
    pass


print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker), isinstance(Robot(), Quacker))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


Never.register(str)
print(issubclass(str, Never), issubclass(bool, Never))

try:
    issubclass(3, Drawable)
except TypeError as e:
    print(type(e).__name__, e)

print(abc.ABC.__slots__, ABC.__module__, ABCMeta.__name__)


class Registry(ABC):
    pass


Registry.register(list)
Registry.register(dict)
print([issubclass(t, Registry) for t in (list, dict, tuple, bool)])
