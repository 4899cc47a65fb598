from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}

class InvalidTransition(Exception):
    pass

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} from {self.state.name}")
        old = self.state
        self.state = TRANSITIONS[key]
        self.log.append(f"{old.name}->{self.state.name}")

m = Machine()
for ev in ["start", "pause", "pause", "resume", "stop", "start"]:
    try:
        m.fire(ev)
        print("ok", ev, m.state)
    except InvalidTransition as e:
        print("bad", e)
print(m.log)
print(State.RUNNING, repr(State.RUNNING), State.RUNNING.value, State["PAUSED"], State(4))
print(list(State), len(State), State.IDLE in State)
print([s.name for s in State if s.value % 2])
try:
    State(9)
except ValueError as e:
    print(e)

def tokenize(s):
    state = "start"
    tok = ""
    out = []
    for ch in s + " ":
        if state == "start":
            if ch.isdigit():
                state, tok = "num", ch
            elif ch.isalpha():
                state, tok = "ident", ch
            elif not ch.isspace():
                out.append(("op", ch))
        elif state == "num":
            if ch.isdigit():
                tok += ch
            else:
                out.append(("num", int(tok)))
                state = "start"
                if not ch.isspace():
                    out.append(("op", ch))
        elif state == "ident":
            if ch.isalnum() or ch == "_":
                tok += ch
            else:
                out.append(("ident", tok))
                state = "start"
                if not ch.isspace():
                    out.append(("op", ch))
    return out
print(tokenize("x1 = 42+y_2*(7 - z)"))
