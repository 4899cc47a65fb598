import traceback

class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, pred):
        return Query(r for r in self.rows if pred(r))
    def select(self, key):
        return Query(r[key] for r in self.rows)
    def first(self):
        if not self.rows:
            raise LookupError("no rows")
        return self.rows[0]

rows = [{"n": 1, "name": "a"}, {"n": 2, "name": "b"}]
print(Query(rows).where(lambda r: r["n"] > 1).select("name").first())

try:
    (Query(rows)
        .where(lambda r: r["n"] > 5)
        .select("name")
        .first())
except LookupError:
    traceback.print_exc()

try:
    result = Query(rows).select(
        "missing"
    ).first()
except KeyError as e:
    tb = e.__traceback__
    print("KeyError", e, [f.lineno for f in traceback.extract_tb(tb)])

text = "a,b,c"
index = (text
         .upper()
         .split(",")
         .index("Z"))
