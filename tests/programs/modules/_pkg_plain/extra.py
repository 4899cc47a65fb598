print("plain.extra loaded")
DELTA = 4
