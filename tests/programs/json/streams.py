import io
import json

records = [{"id": i, "name": f"user{i}", "score": i * 1.5, "tags": ["x"] * (i % 3)} for i in range(4)]

buf = io.StringIO()
json.dump(records, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == records)

buf = io.StringIO()
json.dump({"é": "ü", "n": [1, 2]}, buf, indent=2, ensure_ascii=False, sort_keys=True)
print(buf.getvalue())
print(json.load(io.StringIO(buf.getvalue())))

# JSON Lines: one document per line
lines = io.StringIO()
for r in records:
    lines.write(json.dumps(r, separators=(",", ":")) + "\n")
print(lines.getvalue(), end="")
lines.seek(0)
total = 0.0
for line in lines:
    total += json.loads(line)["score"]
print(total)

# bytes in, via BytesIO
raw = io.BytesIO(json.dumps({"k": "v\u20ac"}).encode("utf-8"))
print(json.load(raw))

try:
    json.load(io.StringIO("{bad json}"))
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)

# dump with an unserializable value fails part way, like CPython's chunked writer
out = io.StringIO()
try:
    json.dump([1, 2, {3}], out)
except TypeError as e:
    print("TypeError:", e)
print(repr(out.getvalue()))
