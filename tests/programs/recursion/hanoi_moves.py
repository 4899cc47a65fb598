# towers of hanoi: recursive moves, move counts and simulated pegs
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
for i, (disk, s, d) in enumerate(moves, 1):
    print(f"{i}: move disk {disk} from {s} to {d}")
for n in range(1, 11):
    m = []
    hanoi(n, "A", "C", "B", m)
    assert len(m) == 2 ** n - 1
print([2 ** n - 1 for n in range(1, 11)])

pegs = {"A": [5, 4, 3, 2, 1], "B": [], "C": []}
def move(n, s, d, v):
    if n == 0:
        return 0
    c = move(n - 1, s, v, d)
    disk = pegs[s].pop()
    if pegs[d] and pegs[d][-1] < disk:
        raise RuntimeError("illegal move")
    pegs[d].append(disk)
    return c + 1 + move(n - 1, v, d, s)
print(move(5, "A", "C", "B"), pegs)

def hanoi_count(n):
    return 0 if n == 0 else 2 * hanoi_count(n - 1) + 1
print(hanoi_count(64), hanoi_count(20))
def show_state(n):
    state = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    snaps = []
    def go(k, s, d, v):
        if k:
            go(k - 1, s, v, d)
            state[d].append(state[s].pop())
            snaps.append(" ".join(f"{p}:{''.join(map(str, state[p])):<{n}}" for p in "ABC"))
            go(k - 1, v, d, s)
    go(n, "A", "C", "B")
    return snaps
for line in show_state(3):
    print(line)
