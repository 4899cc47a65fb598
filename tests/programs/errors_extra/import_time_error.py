# a module that raises while being imported: the traceback shows the import machinery frames
import sys
import os
sys.path.insert(0, os.path.dirname(__file__))
print("before import")
import _helper_broken
print("unreachable")
