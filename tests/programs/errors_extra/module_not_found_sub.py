# ModuleNotFoundError for a submodule of a package that exists, and a name that does not
import os.path
print(os.path.basename("/a/b"))
import json
print(json.dumps([1]))
import json.missing_part
