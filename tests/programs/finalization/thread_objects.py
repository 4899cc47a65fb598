# Objects owned by threads are finalized when the last reference goes (after join).
import threading


class Job:
    def __init__(self, name):
        self.name = name
        self.result = None

    def run(self):
        self.result = sum(range(10)) + len(self.name)

    def __del__(self):
        print(f"  Job.__del__ {self.name} result={self.result}")


class Local:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  Local.__del__ {self.name}")


def worker(job, done):
    scratch = Local("thread-scratch-" + job.name)
    job.run()
    done.append(job.name)


print("thread holding a job:")
done = []
job = Job("a")
t = threading.Thread(target=worker, args=(job, done))
t.start()
t.join()
print("joined:", done)
del job
print("a finished thread drops its target and args")
del t
print("thread deleted")

print("several threads:")
jobs = [Job(f"j{i}") for i in range(3)]
threads = [threading.Thread(target=worker, args=(j, done)) for j in jobs]
for th in threads:
    # one at a time, so that the threads' prints come in a fixed order
    th.start()
    th.join()
print("finished:", sorted(done))
del threads
print("threads gone, jobs remain")
del jobs
print("all gone")


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.payload = Local("subclass-payload")

    def run(self):
        self.payload.name += "-used"


print("Thread subclass:")
w = Worker()
w.start()
w.join()
print("alive:", w.is_alive())
del w
print("end")
