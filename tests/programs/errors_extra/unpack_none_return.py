# a function forgets to return on one path, and the caller unpacks the result
def split_name(full):
    if " " in full:
        first, last = full.split(" ", 1)
        return first, last
    print("no space in", repr(full))

first, last = split_name("Ada Lovelace")
print(last)
first, last = split_name("Plato")
