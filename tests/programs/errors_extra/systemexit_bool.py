# sys.exit(True) exits with status 1 and prints nothing
import sys
print("checking")
ok = False
sys.exit(not ok)
