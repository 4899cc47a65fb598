"""HTML escaping and unescaping of character references."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Names of the Latin-1 characters U+00A0..U+00FF, in code point order; these
# (and a few others) are also recognised without the trailing semicolon.
_LATIN1_NAMES = (
    "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr "
    "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 "
    "frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc "
    "Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash "
    "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig "
    "ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc "
    "otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split()

_LEGACY = {name: chr(0xA0 + i) for i, name in enumerate(_LATIN1_NAMES)}
_LEGACY.update({'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'AMP': '&', 'LT': '<',
                'GT': '>', 'QUOT': '"', 'COPY': '\xa9', 'REG': '\xae'})

_OTHER = {
    'apos': 0x27, 'OElig': 0x152, 'oelig': 0x153, 'Scaron': 0x160, 'scaron': 0x161,
    'Yuml': 0x178, 'fnof': 0x192, 'circ': 0x2C6, 'tilde': 0x2DC, 'ensp': 0x2002,
    'emsp': 0x2003, 'thinsp': 0x2009, 'zwnj': 0x200C, 'zwj': 0x200D, 'lrm': 0x200E,
    'rlm': 0x200F, 'ndash': 0x2013, 'mdash': 0x2014, 'lsquo': 0x2018, 'rsquo': 0x2019,
    'sbquo': 0x201A, 'ldquo': 0x201C, 'rdquo': 0x201D, 'bdquo': 0x201E, 'dagger': 0x2020,
    'Dagger': 0x2021, 'bull': 0x2022, 'hellip': 0x2026, 'permil': 0x2030, 'prime': 0x2032,
    'Prime': 0x2033, 'lsaquo': 0x2039, 'rsaquo': 0x203A, 'oline': 0x203E, 'frasl': 0x2044,
    'euro': 0x20AC, 'image': 0x2111, 'weierp': 0x2118, 'real': 0x211C, 'trade': 0x2122,
    'alefsym': 0x2135, 'larr': 0x2190, 'uarr': 0x2191, 'rarr': 0x2192, 'darr': 0x2193,
    'harr': 0x2194, 'crarr': 0x21B5, 'lArr': 0x21D0, 'uArr': 0x21D1, 'rArr': 0x21D2,
    'dArr': 0x21D3, 'hArr': 0x21D4, 'forall': 0x2200, 'part': 0x2202, 'exist': 0x2203,
    'empty': 0x2205, 'nabla': 0x2207, 'isin': 0x2208, 'notin': 0x2209, 'ni': 0x220B,
    'prod': 0x220F, 'sum': 0x2211, 'minus': 0x2212, 'lowast': 0x2217, 'radic': 0x221A,
    'prop': 0x221D, 'infin': 0x221E, 'ang': 0x2220, 'and': 0x2227, 'or': 0x2228,
    'cap': 0x2229, 'cup': 0x222A, 'int': 0x222B, 'there4': 0x2234, 'sim': 0x223C,
    'cong': 0x2245, 'asymp': 0x2248, 'ne': 0x2260, 'equiv': 0x2261, 'le': 0x2264,
    'ge': 0x2265, 'sub': 0x2282, 'sup': 0x2283, 'nsub': 0x2284, 'sube': 0x2286,
    'supe': 0x2287, 'oplus': 0x2295, 'otimes': 0x2297, 'perp': 0x22A5, 'sdot': 0x22C5,
    'lceil': 0x2308, 'rceil': 0x2309, 'lfloor': 0x230A, 'rfloor': 0x230B, 'lang': 0x27E8,
    'rang': 0x27E9, 'loz': 0x25CA, 'spades': 0x2660, 'clubs': 0x2663, 'hearts': 0x2665,
    'diams': 0x2666, 'check': 0x2713, 'star': 0x2606, 'dollar': 0x24, 'num': 0x23,
    'percnt': 0x25, 'excl': 0x21, 'quest': 0x3F, 'colon': 0x3A, 'semi': 0x3B,
    'comma': 0x2C, 'period': 0x2E, 'lpar': 0x28, 'rpar': 0x29, 'sol': 0x2F,
    'bsol': 0x5C, 'ast': 0x2A, 'plus': 0x2B, 'equals': 0x3D, 'commat': 0x40,
    'lsqb': 0x5B, 'rsqb': 0x5D, 'lcub': 0x7B, 'rcub': 0x7D, 'verbar': 0x7C,
    'Tab': 0x9, 'NewLine': 0xA, 'hyphen': 0x2010, 'half': 0xBD,
}
_GREEK = ("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi "
          "Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega").split()
for _i, _n in enumerate(_GREEK):
    if _n != '_':
        _OTHER[_n] = 0x391 + _i
        _OTHER[_n.lower()] = 0x3B1 + _i
_OTHER['sigmaf'] = 0x3C2
_OTHER['thetasym'] = 0x3D1
_OTHER['upsih'] = 0x3D2
_OTHER['piv'] = 0x3D6

_ENTITIES = {name + ';': ch for name, ch in _LEGACY.items()}
_ENTITIES.update({name + ';': chr(cp) for name, cp in _OTHER.items()})
_ENTITIES.update(_LEGACY)
_MAXLEN = 32

_CP1252 = {
    0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e',
    0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d',
    0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
    0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178', 0x00: '\ufffd', 0x0d: '\r',
}


def _invalid_codepoint(cp):
    if 0x1 <= cp <= 0x8 or 0xE <= cp <= 0x1F or 0x7F <= cp <= 0x9F:
        return True
    if 0xFDD0 <= cp <= 0xFDEF or cp == 0xB:
        return True
    return (cp & 0xFFFF) in (0xFFFE, 0xFFFF)


_HEX = frozenset('0123456789abcdefABCDEF')
_STOP = frozenset('\t\n\f <&#;')


def _numeric(s, i):
    """Decode '&#...' starting at s[i] == '&'; returns (text, end)."""
    j = i + 2
    n = len(s)
    if j < n and s[j] in 'xX':
        k = j + 1
        while k < n and s[k] in _HEX:
            k += 1
        if k == j + 1:
            return None
        cp = int(s[j + 1:k], 16)
    else:
        k = j
        while k < n and '0' <= s[k] <= '9':
            k += 1
        if k == j:
            return None
        cp = int(s[j:k])
    if k < n and s[k] == ';':
        k += 1
    if cp in _CP1252:
        return _CP1252[cp], k
    if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return '\uFFFD', k
    if _invalid_codepoint(cp):
        return '', k
    return chr(cp), k


def unescape(s):
    if '&' not in s:
        return s
    out = []
    pos = 0
    n = len(s)
    while True:
        i = s.find('&', pos)
        if i < 0:
            out.append(s[pos:])
            break
        out.append(s[pos:i])
        if i + 1 < n and s[i + 1] == '#':
            res = _numeric(s, i)
            if res is None:
                out.append('&')
                pos = i + 1
                continue
            out.append(res[0])
            pos = res[1]
            continue
        k = i + 1
        while k < n and k - i - 1 < _MAXLEN and s[k] not in _STOP:
            k += 1
        if k == i + 1:
            out.append('&')
            pos = i + 1
            continue
        name = s[i + 1:k]
        if k < n and s[k] == ';':
            name += ';'
            k += 1
        if name in _ENTITIES:
            out.append(_ENTITIES[name])
            pos = k
            continue
        # the longest known prefix wins; only legacy names can lack the semicolon
        for cut in range(len(name) - 1, 1, -1):
            if name[:cut] in _ENTITIES:
                out.append(_ENTITIES[name[:cut]])
                out.append(name[cut:])
                break
        else:
            out.append('&' + name)
        pos = k
    return ''.join(out)
