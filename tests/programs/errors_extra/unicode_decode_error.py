# a UnicodeDecodeError and its long message from decoding bytes with the wrong codec
data = "naïve café".encode("latin-1")
print(len(data), data[:3])
print(data.decode("latin-1"))
text = data.decode("utf-8")
