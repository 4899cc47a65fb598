"""Time small bits of Python code: Timer, timeit(), repeat()."""

import sys
try:
    import gc
except ImportError:  # gilpy may be built without a gc module
    gc = None
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The statement is pasted into the body of a function so that it runs with fast
# local variable access, as CPython's timeit does.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # compiled on its own first so that a syntax error points at the setup text
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        # range iterates natively in gilpy (itertools.repeat is Python code here)
        it = range(number)
        gcold = gc is not None and gc.isenabled()
        if gcold:
            gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}

_HELP = """Time small pieces of code (gilpy's timeit).

usage: python -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h] [--] [statement]

  -n/--number N   run the statement N times per measurement (found automatically if absent:
                  1, 2, 5, 10, 20, 50, ... until a measurement takes 0.2 s)
  -r/--repeat N   take N measurements and report the best (default 5)
  -s/--setup S    run S once before measuring (not timed; may be given several times)
  -p/--process    measure CPU time of this process (time.process_time)
  -u/--unit U     report in nsec, usec, msec or sec
  -v/--verbose    also print every measurement; twice for one more digit
  -h/--help       print this text
  --              end of options (for a statement that starts with -)
  statement       what to time (default 'pass'); several arguments are several lines
"""


class _UsageError(Exception):
    pass


def _parse(args):
    """The command line, as getopt would split "n:u:s:r:tcpvh" and its long forms."""
    longs = {"number": "-n", "setup": "-s", "repeat": "-r", "unit": "-u", "time": "-t",
             "clock": "-c", "process": "-p", "verbose": "-v", "help": "-h"}
    takes_value = {"-n", "-s", "-r", "-u"}
    opts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if not a.startswith("-") or a == "-":
            break
        if a.startswith("--"):
            name, eq, value = a[2:].partition("=")
            matches = [n for n in longs if n.startswith(name)]
            if name in longs:
                matches = [name]
            if not matches:
                raise _UsageError("option --%s not recognized" % name)
            if len(matches) > 1:
                raise _UsageError("option --%s not a unique prefix" % name)
            opt = longs[matches[0]]
            if opt in takes_value:
                if not eq:
                    i += 1
                    if i >= len(args):
                        raise _UsageError("option --%s requires argument" % matches[0])
                    value = args[i]
                opts.append((opt, value))
            else:
                if eq:
                    raise _UsageError("option --%s must not have an argument" % matches[0])
                opts.append((opt, ""))
            i += 1
            continue
        j = 1
        while j < len(a):
            opt = "-" + a[j]
            if opt not in takes_value and a[j] not in "tcpvh":
                raise _UsageError("option %s not recognized" % opt)
            if opt in takes_value:
                value = a[j + 1:]
                if not value:
                    i += 1
                    if i >= len(args):
                        raise _UsageError("option %s requires argument" % opt)
                    value = args[i]
                opts.append((opt, value))
                break
            opts.append((opt, ""))
            j += 1
        i += 1
    return opts, args[i:]


def main(args=None, *, _wrap_timer=None):
    """`python -m timeit`: time a statement from the command line, printing the best of
    several repeats per loop. Returns None, or 1 or 2 for an error."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse(args)
    except _UsageError as err:
        print(err, file=sys.stderr)
        print("use -h/--help for command line help", file=sys.stderr)
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for o, a in opts:
        if o == "-n":
            number = int(a)
        elif o == "-s":
            setup.append(a)
        elif o == "-u":
            if a in _UNITS:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        elif o == "-r":
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        elif o == "-p":
            timer = time.process_time
        elif o == "-v":
            if verbose:
                precision += 1
            verbose += 1
        elif o == "-h":
            print(_HELP, end="")
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '', secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = _UNITS[unit]
        else:
            scales = [(scale, unit) for unit, scale in _UNITS.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, 's' if number != 1 else '', repeat, format_time(best)))
    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
