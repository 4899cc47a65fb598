"""Signal handling: the native _signal module, with its numbers as named int constants.

CPython builds Signals, Handlers and Sigmasks with the enum module; gilpy has no enum yet,
so small int subclasses give the same repr, str and lookup-by-value.
"""

import _signal
from _signal import *


class _NamedIntType(type):
    """Lookup by name and iteration over the members, as an enum class offers."""

    def __getitem__(cls, name):
        for m in cls._members.values():
            if m._name_ == name:
                return m
        raise KeyError(name)

    def __iter__(cls):
        return iter(sorted(cls._members.values()))

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, member):
        return isinstance(member, cls) and member in cls._members.values()

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class _NamedInt(int, metaclass=_NamedIntType):
    _members = {}

    def __new__(cls, value):
        try:
            return cls._members[value]
        except (KeyError, TypeError):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__)) from None

    @classmethod
    def _make(cls, name, value):
        self = int.__new__(cls, value)
        self._name_ = name
        cls._members[value] = self
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __reduce__(self):
        return (type(self), (int(self),))


class Signals(_NamedInt):
    _members = {}


class Handlers(_NamedInt):
    _members = {}


class Sigmasks(_NamedInt):
    _members = {}


for _name in sorted(dir(_signal)):
    _value = getattr(_signal, _name)
    if _name.startswith('SIG') and not _name.startswith('SIG_') and isinstance(_value, int):
        if _value not in Signals._members:
            globals()[_name] = Signals._make(_name, _value)
            setattr(Signals, _name, globals()[_name])
    elif _name in ('SIG_DFL', 'SIG_IGN'):
        globals()[_name] = Handlers._make(_name, _value)
        setattr(Handlers, _name, globals()[_name])
    elif _name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'):
        globals()[_name] = Sigmasks._make(_name, _value)
        setattr(Sigmasks, _name, globals()[_name])
# aliases share their canonical member, as enum aliases do
SIGIOT = SIGABRT
SIGPOLL = SIGIO
del _name, _value


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    retsig = _signal.sigwait(sigset)
    return _int_to_enum(retsig, Signals)
