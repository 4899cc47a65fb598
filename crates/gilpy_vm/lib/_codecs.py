"""_codecs, written for gilpy: the two functions pickle needs by name (protocols 0-2 store
bytes as `_codecs.encode(text, 'latin1')`). The codecs themselves are str.encode's and
bytes.decode's."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
