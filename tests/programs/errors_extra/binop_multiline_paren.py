# a binary operation whose operands sit on different lines inside parentheses
prices = {"apple": 3, "pear": 4}
count = {"apple": 2, "pear": "two"}

def cost(item):
    return (
        prices[item]
        *
        count[item]
        + 1
    ) - 1

print(cost("apple"))
print(cost("pear"))
