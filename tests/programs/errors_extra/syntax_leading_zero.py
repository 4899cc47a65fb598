# SyntaxError: an integer literal with a leading zero
print("never printed")
codes = {
    "north": 1,
    "south": 07,
}
