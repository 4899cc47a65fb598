# ImportError for a misspelled name imported from a local helper module
import sys
import os
sys.path.insert(0, os.path.dirname(__file__))
from _helper_mod import compute_total
print(compute_total([1, 2, 3]))
from _helper_mod import compute_totl
