import traceback

def parse(value):   
    return int(value)  

def total(values):
    return sum(parse(v) for v in values)    

try:
    total(["1", "x"])  
except ValueError:
    traceback.print_exc()

print(total(["1", "2"]))
ratio = total(["4"]) / total([])   
