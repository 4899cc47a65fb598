def load(rows):
    out = []
    for i, r in enumerate(rows):
        try:
            out.append(int(r))
        except ValueError as exc:
            exc.add_note(f"while parsing row {i}")
            raise
    return out
print(load(["1", "2"]))
load(["3", "four"])
