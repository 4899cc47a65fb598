# package without __all__
alpha = 1
beta = "two"
_private = 3
def gamma():
    return "gamma"
