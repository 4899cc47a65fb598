# a very long source line: CPython prints all of it and places the markers far to the right
print("summing", 10, "values")
data = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "epsilon": 5, "zeta": 6, "eta": 7, "theta": 8}
result = data["alpha"] + data["beta"] + data["gamma"] + data["delta"] + data["epsilon"] + data["zeta"] + data["eta"] + data["theta"] + data["iota"] + data["kappa"]
print(result)
