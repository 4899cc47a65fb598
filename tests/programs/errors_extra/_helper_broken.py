# helper module that fails while it is being imported
SETTINGS = {"mode": "fast"}
print("helper starting")
LEVEL = SETTINGS["level"]
