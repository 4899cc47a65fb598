def show(label, p, q):
    print(f"{label:<22} ==: {p == q!s:<5} is: {p is q}")

small_a = 100
small_b = int("100")
show("small ints", small_a, small_b)
big_a = 1000
big_b = int("1000")
show("big ints", big_a, big_b)
show("computed big", big_a, big_a * 2 // 2)
lst1 = [1, 2, 3]
lst2 = [1, 2, 3]
lst3 = lst1
show("equal lists", lst1, lst2)
show("alias", lst1, lst3)
lst3.append(4)
print(lst1, lst2)
show("copy", lst1, lst1.copy())
show("None", None, type(None)())
show("tuples", (1, 2), tuple([1, 2]))
name1 = "python"
name2 = "".join(["py", "thon"])
show("built string", name1, name2)
show("float", 0.5, float("0.5"))
show("bool/int", True, 1)
print(id(lst1) == id(lst3), id(lst1) == id(lst2))
