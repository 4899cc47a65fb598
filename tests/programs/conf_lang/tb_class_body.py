def helper(x):
    return x.upper()

class Settings:
    name = helper("app")
    level = helper(3)

print("unreachable")
