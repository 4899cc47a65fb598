# uncaught ValueError from int() on a bad record
records = ["id=1;qty=4", "id=2;qty=10", "id=3;qty=ten"]
def parse(rec):
    fields = dict(part.split("=") for part in rec.split(";"))
    return int(fields["id"]), int(fields["qty"])
total = 0
for rec in records:
    ident, qty = parse(rec)
    total += qty
    print("record", ident, "qty", qty, "running", total)
print("total", total)
