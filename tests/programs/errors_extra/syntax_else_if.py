# SyntaxError: a student writes 'else if' like in C
print("never printed")
def grade(score):
    if score >= 90:
        return "A"
    else if score >= 80:
        return "B"
    return "C"
