import statistics as st

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(x, x))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
hours = [2.5, 3.0, 4.1, 5.5, 6.0, 7.2, 8.8]
scores = [55.0, 58.5, 64.2, 70.1, 74.9, 80.0, 91.3]
print(repr(st.covariance(hours, scores)), repr(st.correlation(hours, scores)))
lr = st.linear_regression(hours, scores)
print(lr, lr.slope, lr.intercept, type(lr).__name__)
slope, intercept = lr
print(round(slope * 10 + intercept, 6))
print(st.linear_regression([1, 2, 3], [2, 4, 6]))
print(st.linear_regression([1, 2, 3], [1, 2, 4]))
print(st.linear_regression([1, 2, 3], [1, 2, 4], proportional=True))
print(st.linear_regression(x, y))

t("cov len", lambda: st.covariance([1, 2], [1]))
t("cov short", lambda: st.covariance([1], [1]))
t("corr len", lambda: st.correlation([1, 2], [1]))
t("corr short", lambda: st.correlation([1], [1]))
t("corr const", lambda: st.correlation([1, 1], [1, 2]))
t("lr const", lambda: st.linear_regression([1, 1], [1, 2]))
t("lr len", lambda: st.linear_regression([1, 2], [1]))
t("lr short", lambda: st.linear_regression([1], [1]))

# a small report
data = {"north": [12.5, 14.25, 13.0, 15.75, 11.5], "south": [9.0, 10.5, 8.25, 12.0, 11.0, 9.75]}
for region, sales in sorted(data.items()):
    print(f"{region:6} n={len(sales)} mean={st.mean(sales):.3f} median={st.median(sales)} "
          f"stdev={st.stdev(sales):.4f} range={max(sales) - min(sales)}")
