matrix = [[1, 2, 3], [4, 5, 6]]
config = {"db": {"host": "localhost", "port": 5432}}
print(matrix[1][2], config["db"]["port"])
print(config["db"]["user"]["name"])
