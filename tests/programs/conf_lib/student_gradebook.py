from collections import defaultdict, namedtuple, Counter
from statistics import mean, median, pstdev
import json

Record = namedtuple("Record", "student course score")
raw = """ann,math,91
bob,math,78
ann,physics,85
cy,math,66
bob,physics,92
cy,physics,71
ann,chem,88
dee,chem,59"""
records = [Record(s, c, int(x)) for s, c, x in (line.split(",") for line in raw.splitlines())]
by_student = defaultdict(list)
by_course = defaultdict(list)
for r in records:
    by_student[r.student].append(r.score)
    by_course[r.course].append(r.score)
def letter(x):
    return "A" if x >= 90 else "B" if x >= 80 else "C" if x >= 70 else "D" if x >= 60 else "F"
print(f"{'student':<8}{'avg':>7}{'n':>3}  grade")
for s in sorted(by_student):
    avg = mean(by_student[s])
    print(f"{s:<8}{avg:>7.2f}{len(by_student[s]):>3}  {letter(avg)}")
for c, xs in sorted(by_course.items()):
    print(c, "mean=%.3f median=%s sd=%.4f" % (mean(xs), median(xs), pstdev(xs)))
dist = Counter(letter(r.score) for r in records)
print(sorted(dist.items()), dist.most_common(1))
best = max(records, key=lambda r: r.score)
print("best:", best, best._asdict())
report = {s: {"avg": round(mean(v), 2), "scores": v} for s, v in sorted(by_student.items())}
print(json.dumps(report, indent=2))
top = sorted(by_student, key=lambda s: (-mean(by_student[s]), s))
print(" > ".join(top))
