# a failing builtin method on a chained call and a bad format spec
line = "name=ann;age=31"
fields = dict(part.split("=") for part in line.split(";"))
print(fields)
print("{:>8}".format(fields["name"]))
print("{:d}".format(fields["age"]))
