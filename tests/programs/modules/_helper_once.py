print("_helper_once: executing body")
LOADS = [1]
def bump():
    LOADS.append(len(LOADS) + 1)
    return LOADS
