config = {"db": {"host": "localhost", "ports": [5432]}}

def get_port(cfg, idx):
    return cfg["db"]["ports"][idx]

print(get_port(config, 0))
print(get_port(config, -1))
print(get_port(config, 3))
