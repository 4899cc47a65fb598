# geometry and trigonometry with the math module
import math
points = [(0, 0), (3, 4), (-1, 1), (6, -8)]
for x, y in points:
    r = math.hypot(x, y)
    theta = math.degrees(math.atan2(y, x))
    print(f"({x:>2},{y:>2}) r={r:7.3f} theta={theta:8.3f}")
print(math.dist((1, 2), (4, 6)), math.sqrt(2), math.pi, math.e, math.tau)
for deg in (0, 30, 45, 60, 90, 180):
    rad = math.radians(deg)
    print(deg, round(math.sin(rad), 4), round(math.cos(rad), 4), round(math.tan(rad), 4) if deg != 90 else "inf")
def polygon_area(pts):
    n = len(pts)
    return abs(sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))) / 2
print(polygon_area([(0, 0), (4, 0), (4, 3)]), polygon_area([(0, 0), (2, 0), (2, 2), (0, 2)]))
def circle(r):
    return math.pi * r * r, 2 * math.pi * r
print([tuple(round(v, 3) for v in circle(r)) for r in (1, 2.5, 10)])
print(math.floor(7.9), math.ceil(7.1), math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), 7 % -3)
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(0))
print(math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")), math.inf > 10 ** 100)
a, b, c = 1, -3, 2
disc = b * b - 4 * a * c
print("roots", (-b + math.sqrt(disc)) / (2 * a), (-b - math.sqrt(disc)) / (2 * a))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.pow(2, 0.5), 2 ** 0.5)
print(round(math.acos(0.5), 10), round(math.asin(1), 10), math.atan(1) * 4 == math.pi)
