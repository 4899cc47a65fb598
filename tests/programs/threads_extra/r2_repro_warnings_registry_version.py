# CPython's C _warnings starts filters_version at 0, so __warningregistry__['version'] is 0 before any filter change
import warnings
warnings.warn("x")
print(__warningregistry__["version"])
warnings.simplefilter("default")
warnings.warn("y")
print(__warningregistry__["version"])
import sys; sys.exit(1)
