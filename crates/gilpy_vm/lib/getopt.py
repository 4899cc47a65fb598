"""Command-line option parsing in the style of C's getopt(), written for gilpy.

getopt() stops at the first argument that is not an option; gnu_getopt() lets options and
other arguments mix (unless the short options start with '+' or POSIXLY_CORRECT is set).
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad command line: `msg` says what, `opt` names the option ('' if none)."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse `args` (without the program name): ([(option, value), ...], remaining args)."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            return opts, args[1:]
        if args[0].startswith('--'):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but options may follow other arguments."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    opts = []
    rest = []
    args = list(args)
    strict = shortopts.startswith('+') or bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg.startswith('--'):
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            args = _short(opts, arg[1:], shortopts, args[1:])
        elif strict:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    takes_value, name = _match_long(name, longopts)
    if takes_value:
        if not eq:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value if takes_value else ''))
    return args


def _match_long(name, longopts):
    # an exact name wins over longer names it is a prefix of
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short(opts, text, shortopts, args):
    while text:
        letter, text = text[0], text[1:]
        i = shortopts.find(letter)
        if letter == ':' or i < 0:
            raise GetoptError('option -%s not recognized' % letter, letter)
        if shortopts.startswith(':', i + 1):
            if not text:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                text, args = args[0], args[1:]
            opts.append(('-' + letter, text))
            text = ''
        else:
            opts.append(('-' + letter, ''))
    return args


if __name__ == '__main__':
    import sys
    # CPython's demonstration: parse the command line against a fixed option set
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
