def fail(kind, msg):
    raise kind(msg)

inner_errors = []
for kind, msg in [(ValueError, "bad value"), (TypeError, "bad type")]:
    try:
        fail(kind, msg)
    except Exception as e:
        inner_errors.append(e)

inner = ExceptionGroup("inner group", inner_errors)
try:
    raise ExceptionGroup("outer group", [inner, KeyError("solo")])
except* KeyError as ke:
    print("handled", repr(ke.exceptions[0]))
