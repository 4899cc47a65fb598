# Reference counting, step by step.
#
# sys.getrefcount(obj) reports how many references point at obj. The number always
# includes one extra reference: the argument of the getrefcount call itself.
# Run it with gilpy or with CPython 3.11; both print the same lines.
import sys


def show(what, obj):
    # Here `obj` is one more reference, and getrefcount's own argument another.
    # (CPython 3.11 hands an argument over to the callee, so the caller's copy of
    # it does not count twice.) Subtract both to get what the program holds.
    raw = sys.getrefcount(obj)
    print("  %-36s %d" % (what, raw - 2))


print("== References held to one list ==")
inventory = ["apples", "pears"]
print("  at module level, getrefcount(inventory) =", sys.getrefcount(inventory))
print("  (1 for the name, 1 for getrefcount's own argument)")
show("bound to one name (inventory):", inventory)

stock = inventory
show("bound to a second name (stock):", inventory)

shelf = {"fruit": inventory}
show("stored as a dict value:", inventory)

pair = (inventory, inventory)
show("stored twice in a tuple:", inventory)


def peek(items):
    # inside the call the parameter `items` is one more reference
    return sys.getrefcount(items) - 1


print("  %-36s %d" % ("inside peek(), its parameter too:", peek(inventory)))
show("after the call returned:", inventory)


class Cart:
    pass


cart = Cart()
cart.contents = inventory
show("attached as cart.contents:", inventory)

print()
print("== Releasing them one by one ==")
del pair
show("del pair (the tuple held two):", inventory)
shelf.clear()
show("shelf.clear():", inventory)
cart.contents = None
show("cart.contents = None:", inventory)
del stock
show("del stock:", inventory)

print()
print("== __del__ runs the moment the last reference goes ==")


class Ticket:
    def __init__(self, label):
        self.label = label
        print("  issued ", label)

    def __del__(self):
        print("  freed  ", self.label)


print("1. two names, then del of each:")
a = Ticket("A")
b = a
del a
print("  (del a: b still refers to A, nothing freed)")
del b
print("  (del b freed A above)")

print("2. rebinding a name:")
t = Ticket("B")
t = Ticket("C")
print("  (B was freed when t was rebound to C)")
t = None
print("  (C was freed when t was rebound to None)")

print("3. clearing a container:")
desk = {"first": Ticket("D"), "second": Ticket("E")}
print("  the desk holds", len(desk), "tickets")
desk.clear()
print("  (the dict released D, then E)")

print("4. an object owned by another object:")
holder = Cart()
holder.ticket = Ticket("F")
print("  F lives as long as holder does")
del holder
print("  (del holder freed the Cart, and with it F)")

print("5. a local variable at function exit:")


def use_once():
    local = Ticket("G")
    print("  using", local.label)


use_once()
print("  (G was freed when use_once returned)")
print("done")
