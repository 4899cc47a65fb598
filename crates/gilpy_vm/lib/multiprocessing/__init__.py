"""multiprocessing, written for gilpy: processes with their own interpreter and GIL, started
by fork (the default on Linux, as in 3.11) or spawn, and what they share: pipes, queues,
locks, shared values and pools. The names are the default context's methods, as in CPython."""

import sys
from . import context

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Pipe', 'Pool', 'Process',
           'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling', 'cpu_count',
           'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
           'get_start_method', 'parent_process', 'set_executable', 'set_start_method']

globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# a spawned child runs the parent's main module as __mp_main__; the parent's is both
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
