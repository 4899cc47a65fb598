# deleting a name twice
results = [1, 2]
temp = sum(results)
print(temp)
del temp
del temp
