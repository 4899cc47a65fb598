# except* handles part of a group and the rest propagates uncaught
def tasks():
    raise ExceptionGroup("tasks", [
        KeyError("k"),
        OSError("disk"),
        KeyError("j"),
    ])

try:
    tasks()
except* KeyError as eg:
    print("handled", len(eg.exceptions), "key errors")
