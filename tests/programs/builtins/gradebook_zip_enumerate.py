# a gradebook using zip, enumerate, map, filter, sum/min/max/sorted
names = ["Ana", "Ben", "Cleo", "Dev", "Eli"]
math_s = [88, 72, 95, 60, 79]
sci_s = [92, 65, 89, 71, 85]
eng_s = [75, 80, 98, 55, 90]

def letter(avg):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return g
    return "F"

print(f"{'#':>2} {'Name':<5} {'Math':>4} {'Sci':>4} {'Eng':>4} {'Avg':>6} G")
report = []
for i, (n, m, s, e) in enumerate(zip(names, math_s, sci_s, eng_s), start=1):
    avg = (m + s + e) / 3
    report.append((n, avg))
    print(f"{i:>2} {n:<5} {m:>4} {s:>4} {e:>4} {avg:>6.2f} {letter(avg)}")
col_avgs = [sum(col) / len(col) for col in (math_s, sci_s, eng_s)]
print("subject averages:", [round(a, 1) for a in col_avgs])
print("best:", max(report, key=lambda t: t[1])[0], "worst:", min(report, key=lambda t: t[1])[0])
ranking = sorted(report, key=lambda t: t[1], reverse=True)
print("ranking:", [f"{k}. {n}" for k, (n, _) in enumerate(ranking, 1)])
passed = list(filter(lambda t: t[1] >= 75, report))
print("passed:", [n for n, _ in passed])
print("letters:", dict(map(lambda t: (t[0], letter(t[1])), report)))
improved = [n for n, m, e in zip(names, math_s, eng_s) if e > m]
print("better at english:", improved)
print(list(zip(names, map(max, zip(math_s, sci_s, eng_s)))))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(zip("abc", range(10))), list(enumerate("xy", -1)))
print(sum(1 for m in math_s if m > 70), any(s < 60 for s in sci_s), all(e >= 55 for e in eng_s))
dist = {}
for _, avg in report:
    dist[letter(avg)] = dist.get(letter(avg), 0) + 1
for g in "ABCDF":
    print(g, "*" * dist.get(g, 0))
