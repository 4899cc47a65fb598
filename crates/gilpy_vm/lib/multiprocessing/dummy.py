"""multiprocessing.dummy, written for gilpy: the multiprocessing interface on threads, for
I/O-bound work or to compare with processes: Process is a Thread, Pool is the thread pool,
and the queues, locks and events are threading's and queue's."""

import threading
import queue
import sys

from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from queue import Queue

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager',
           'Pipe', 'Pool', 'JoinableQueue']


class DummyProcess(threading.Thread):

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(self._parent, current_process()))
        self._start_called = True
        if hasattr(self._parent, '_children'):
            self._parent._children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = {}


def active_children():
    children = current_process()._children
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    pass


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    # an array.array, as CPython's; gilpy has no array module yet (ModuleNotFoundError)
    import array
    return array.array(typecode, sequence)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from .pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue


class Connection:
    """One end of a dummy Pipe: two queues between threads."""

    def __init__(self, inbox, outbox):
        self._in = inbox
        self._out = outbox
        self.send = self.send_bytes = outbox.put
        self.recv = self.recv_bytes = inbox.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)
