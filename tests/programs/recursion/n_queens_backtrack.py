# backtracking: n-queens, subset sum, and a small sudoku-like puzzle
def queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))

def subset_sum(nums, target, start=0, chosen=()):
    if target == 0:
        yield chosen
        return
    for i in range(start, len(nums)):
        if nums[i] <= target:
            yield from subset_sum(nums, target - nums[i], i + 1, chosen + (nums[i],))
print(list(subset_sum([2, 3, 5, 6, 8, 10], 10)))

def coin_ways(coins, amount):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(coins, amount - coins[0]) + coin_ways(coins[1:], amount)
print(coin_ways([1, 2, 5], 11), coin_ways([2], 3), coin_ways([25, 10, 5, 1], 60))

def solve(board):
    for i, v in enumerate(board):
        if v == 0:
            r, c = divmod(i, 4)
            used = {board[r * 4 + k] for k in range(4)} | {board[k * 4 + c] for k in range(4)}
            br, bc = r // 2 * 2, c // 2 * 2
            used |= {board[(br + a) * 4 + bc + b] for a in range(2) for b in range(2)}
            for cand in range(1, 5):
                if cand not in used:
                    board[i] = cand
                    if solve(board):
                        return True
            board[i] = 0
            return False
    return True
b = [1, 0, 0, 0,
     0, 0, 3, 0,
     0, 4, 0, 0,
     0, 0, 0, 2]
print(solve(b))
for r in range(4):
    print(b[r * 4:r * 4 + 4])
