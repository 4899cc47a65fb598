# sys.exit with a non-integer object prints its str() to stderr and exits with status 1
class Status:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return f"<status {self.text}>"

import sys
print("about to exit")
sys.exit(Status("failed"))
