# utf-8-sig text files: the byte order mark is written once and dropped when read
import csv
import os
import tempfile

os.chdir(tempfile.mkdtemp())
with open("excel.csv", "w", encoding="utf-8-sig", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["name", "città"])
    writer.writerow(["ann", "Roma"])
    print(f.encoding)
with open("excel.csv", "rb") as f:
    print(f.read())
with open("excel.csv", encoding="utf-8-sig", newline="") as f:
    print(list(csv.reader(f)))
with open("excel.csv", encoding="utf-8") as f:
    print(repr(f.readline()))
with open("excel.csv", encoding="utf-8-sig") as f:
    print(repr(f.read(4)), repr(f.readline()), f.readlines())
with open("plain.txt", "w") as f:
    f.write("no mark\n")
with open("plain.txt", encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open("log.txt", "a", encoding="utf-8-sig") as f:
    f.write("first\n")
with open("log.txt", "a", encoding="utf-8-sig") as f:
    f.write("second\n")
with open("log.txt", "rb") as f:
    print(f.read())
with open("tiny.txt", "wb") as f:
    f.write(b"\xef\xbb")
with open("tiny.txt", encoding="utf-8-sig", errors="replace") as f:
    print(repr(f.read()))
