# sys.exit with an integer status
import sys
def main():
    print("working")
    for i in range(3):
        print("step", i)
    return 3
status = main()
print("exiting with", status)
sys.stdout.flush()
sys.exit(status)
