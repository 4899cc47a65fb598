# an exception raised in finally while another propagates: both appear, chained
def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        print("working")
        [][0]
    finally:
        print("cleaning up")
        cleanup()
work()
