"""This module makes available standard errno system symbols.

The value of each symbol is the corresponding integer value,
e.g., on most systems, errno.ENOENT equals the integer 2.

The dictionary errno.errorcode maps numeric codes to symbol names,
e.g., errno.errorcode[2] could be the string 'ENOENT'.

Symbols that are not relevant to the underlying system are not defined.

To map error codes to error messages, use the function os.strerror(),
e.g. os.strerror(2) could return 'No such file or directory'."""

# The values of Linux on x86_64 (shared by aarch64, which uses the same asm-generic
# numbering).

EPERM = 1
ENOENT = 2
ESRCH = 3
EINTR = 4
EIO = 5
ENXIO = 6
E2BIG = 7
ENOEXEC = 8
EBADF = 9
ECHILD = 10
EAGAIN = 11
EWOULDBLOCK = 11
ENOMEM = 12
EACCES = 13
EFAULT = 14
ENOTBLK = 15
EBUSY = 16
EEXIST = 17
EXDEV = 18
ENODEV = 19
ENOTDIR = 20
EISDIR = 21
EINVAL = 22
ENFILE = 23
EMFILE = 24
ENOTTY = 25
ETXTBSY = 26
EFBIG = 27
ENOSPC = 28
ESPIPE = 29
EROFS = 30
EMLINK = 31
EPIPE = 32
EDOM = 33
ERANGE = 34
EDEADLK = 35
EDEADLOCK = 35
ENAMETOOLONG = 36
ENOLCK = 37
ENOSYS = 38
ENOTEMPTY = 39
ELOOP = 40
ENOMSG = 42
EIDRM = 43
ECHRNG = 44
EL2NSYNC = 45
EL3HLT = 46
EL3RST = 47
ELNRNG = 48
EUNATCH = 49
ENOCSI = 50
EL2HLT = 51
EBADE = 52
EBADR = 53
EXFULL = 54
ENOANO = 55
EBADRQC = 56
EBADSLT = 57
EBFONT = 59
ENOSTR = 60
ENODATA = 61
ETIME = 62
ENOSR = 63
ENONET = 64
ENOPKG = 65
EREMOTE = 66
ENOLINK = 67
EADV = 68
ESRMNT = 69
ECOMM = 70
EPROTO = 71
EMULTIHOP = 72
EDOTDOT = 73
EBADMSG = 74
EOVERFLOW = 75
ENOTUNIQ = 76
EBADFD = 77
EREMCHG = 78
ELIBACC = 79
ELIBBAD = 80
ELIBSCN = 81
ELIBMAX = 82
ELIBEXEC = 83
EILSEQ = 84
ERESTART = 85
ESTRPIPE = 86
EUSERS = 87
ENOTSOCK = 88
EDESTADDRREQ = 89
EMSGSIZE = 90
EPROTOTYPE = 91
ENOPROTOOPT = 92
EPROTONOSUPPORT = 93
ESOCKTNOSUPPORT = 94
ENOTSUP = 95
EOPNOTSUPP = 95
EPFNOSUPPORT = 96
EAFNOSUPPORT = 97
EADDRINUSE = 98
EADDRNOTAVAIL = 99
ENETDOWN = 100
ENETUNREACH = 101
ENETRESET = 102
ECONNABORTED = 103
ECONNRESET = 104
ENOBUFS = 105
EISCONN = 106
ENOTCONN = 107
ESHUTDOWN = 108
ETOOMANYREFS = 109
ETIMEDOUT = 110
ECONNREFUSED = 111
EHOSTDOWN = 112
EHOSTUNREACH = 113
EALREADY = 114
EINPROGRESS = 115
ESTALE = 116
EUCLEAN = 117
ENOTNAM = 118
ENAVAIL = 119
EISNAM = 120
EREMOTEIO = 121
EDQUOT = 122
ENOMEDIUM = 123
EMEDIUMTYPE = 124
ECANCELED = 125
ENOKEY = 126
EKEYEXPIRED = 127
EKEYREVOKED = 128
EKEYREJECTED = 129
EOWNERDEAD = 130
ENOTRECOVERABLE = 131
ERFKILL = 132

# code -> name; where two names share a code the one CPython reports is kept, and the
# entries are in CPython's order, so iterating it gives the same sequence.
errorcode = {
    19: 'ENODEV',
    50: 'ENOCSI',
    113: 'EHOSTUNREACH',
    42: 'ENOMSG',
    117: 'EUCLEAN',
    45: 'EL2NSYNC',
    51: 'EL2HLT',
    61: 'ENODATA',
    15: 'ENOTBLK',
    38: 'ENOSYS',
    32: 'EPIPE',
    22: 'EINVAL',
    75: 'EOVERFLOW',
    68: 'EADV',
    4: 'EINTR',
    87: 'EUSERS',
    39: 'ENOTEMPTY',
    105: 'ENOBUFS',
    71: 'EPROTO',
    66: 'EREMOTE',
    119: 'ENAVAIL',
    10: 'ECHILD',
    40: 'ELOOP',
    18: 'EXDEV',
    7: 'E2BIG',
    3: 'ESRCH',
    90: 'EMSGSIZE',
    97: 'EAFNOSUPPORT',
    53: 'EBADR',
    112: 'EHOSTDOWN',
    96: 'EPFNOSUPPORT',
    92: 'ENOPROTOOPT',
    16: 'EBUSY',
    11: 'EAGAIN',
    77: 'EBADFD',
    73: 'EDOTDOT',
    106: 'EISCONN',
    55: 'ENOANO',
    108: 'ESHUTDOWN',
    44: 'ECHRNG',
    80: 'ELIBBAD',
    64: 'ENONET',
    52: 'EBADE',
    9: 'EBADF',
    72: 'EMULTIHOP',
    5: 'EIO',
    49: 'EUNATCH',
    91: 'EPROTOTYPE',
    28: 'ENOSPC',
    8: 'ENOEXEC',
    114: 'EALREADY',
    100: 'ENETDOWN',
    118: 'ENOTNAM',
    13: 'EACCES',
    48: 'ELNRNG',
    84: 'EILSEQ',
    20: 'ENOTDIR',
    76: 'ENOTUNIQ',
    1: 'EPERM',
    33: 'EDOM',
    54: 'EXFULL',
    111: 'ECONNREFUSED',
    21: 'EISDIR',
    93: 'EPROTONOSUPPORT',
    30: 'EROFS',
    99: 'EADDRNOTAVAIL',
    43: 'EIDRM',
    70: 'ECOMM',
    69: 'ESRMNT',
    121: 'EREMOTEIO',
    47: 'EL3RST',
    74: 'EBADMSG',
    23: 'ENFILE',
    82: 'ELIBMAX',
    29: 'ESPIPE',
    67: 'ENOLINK',
    102: 'ENETRESET',
    110: 'ETIMEDOUT',
    2: 'ENOENT',
    17: 'EEXIST',
    122: 'EDQUOT',
    60: 'ENOSTR',
    57: 'EBADSLT',
    56: 'EBADRQC',
    79: 'ELIBACC',
    14: 'EFAULT',
    27: 'EFBIG',
    35: 'EDEADLOCK',
    107: 'ENOTCONN',
    89: 'EDESTADDRREQ',
    81: 'ELIBSCN',
    37: 'ENOLCK',
    120: 'EISNAM',
    103: 'ECONNABORTED',
    101: 'ENETUNREACH',
    116: 'ESTALE',
    63: 'ENOSR',
    12: 'ENOMEM',
    88: 'ENOTSOCK',
    86: 'ESTRPIPE',
    31: 'EMLINK',
    34: 'ERANGE',
    83: 'ELIBEXEC',
    46: 'EL3HLT',
    104: 'ECONNRESET',
    98: 'EADDRINUSE',
    95: 'ENOTSUP',
    78: 'EREMCHG',
    36: 'ENAMETOOLONG',
    25: 'ENOTTY',
    85: 'ERESTART',
    94: 'ESOCKTNOSUPPORT',
    62: 'ETIME',
    59: 'EBFONT',
    109: 'ETOOMANYREFS',
    24: 'EMFILE',
    26: 'ETXTBSY',
    115: 'EINPROGRESS',
    6: 'ENXIO',
    65: 'ENOPKG',
    123: 'ENOMEDIUM',
    124: 'EMEDIUMTYPE',
    125: 'ECANCELED',
    126: 'ENOKEY',
    127: 'EKEYEXPIRED',
    128: 'EKEYREVOKED',
    129: 'EKEYREJECTED',
    130: 'EOWNERDEAD',
    131: 'ENOTRECOVERABLE',
    132: 'ERFKILL',
}
