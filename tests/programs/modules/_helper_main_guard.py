# helper module with a __main__ guard
def describe():
    return "describe() from " + __name__
if __name__ == "__main__":
    print("this must not print on import")
else:
    print("_helper_main_guard imported as", __name__)
