prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "kiwi"]
total = 0
for item in order:
    total += (
        prices[item]
        * 2
    )
    print(item, total)
