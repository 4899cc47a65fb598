# a mix of explicit cause (from) and implicit context in one chain
class AppError(Exception):
    pass

def low():
    return 1 / 0

def mid():
    try:
        low()
    except ZeroDivisionError as e:
        raise ValueError("mid failed") from e

def high():
    try:
        mid()
    except ValueError:
        undefined_handler_name()

try:
    high()
except NameError as e:
    raise AppError("high level") from e
