data = {"a": 1}
if data["a"] = 1:
    print("one")
