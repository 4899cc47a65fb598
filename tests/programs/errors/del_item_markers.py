# a failing del of a dict item marks the subscript in the traceback
d={}
del d["k"]
