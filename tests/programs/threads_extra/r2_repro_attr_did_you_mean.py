# AttributeError in CPython 3.11 ends with ". Did you mean: 'started'?" when printed by the top-level handler
class A:
    def __init__(self):
        self.started = 1
A().startd
