# A try block with neither except nor finally, at the end of the file: CPython places the
# error on the last line's end and prints no caret.
def load(path):
    try:
        return open(path).read()
