# sys.exit(-1) gives exit status 255; output written before it is kept
import sys
print("working")
print("warning: giving up", file=sys.stderr)
sys.exit(-1)
