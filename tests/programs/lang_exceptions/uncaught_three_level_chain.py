# Uncaught exception with a context chain three levels deep across functions.
class ConfigError(Exception):
    pass


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e


def main():
    try:
        load("x1")
    except ConfigError:
        cleanup = {}
        cleanup["missing"]


print("starting")
main()
