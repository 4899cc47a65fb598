# stat: file-type tests, S_IMODE/S_IFMT, filemode strings, constants, and os.stat modes.
import stat, os, tempfile
for mode in [0o100644, 0o040755, 0o120777, 0o104755, 0o102711, 0o041777, 0o041776, 0o020620, 0o060660, 0o010600, 0o140755, 0o100000, 0o4000, 0o177777]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
os.chmod(p, 0o640)
st = os.stat(p)
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), bool(st.st_mode & stat.S_IRUSR), bool(st.st_mode & stat.S_IXOTH), stat.S_ISDIR(os.stat(d).st_mode))
os.remove(p); os.rmdir(d)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IRWXG | stat.S_IRWXO, stat.UF_HIDDEN, stat.S_IFDOOR, stat.S_ISDOOR(0), stat.FILE_ATTRIBUTE_DIRECTORY)
