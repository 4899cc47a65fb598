# an exception message with non-ASCII text and an emoji, raised from a line with an accent
def prüfe(wert):
    if wert < 0:
        raise ValueError(f"Wert {wert} ist ungültig 🚫 — bitte prüfen")
    return wert

print(prüfe(3))
prüfe(-1)
