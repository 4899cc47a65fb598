# uncaught exception with an explicit __cause__ through several frames
class ConfigError(Exception):
    pass
def read(key):
    settings = {"port": "80"}
    return settings[key]
def load(key):
    try:
        return read(key)
    except KeyError as exc:
        raise ConfigError("missing setting: " + key) from exc
def main():
    print("port", load("port"))
    print("host", load("host"))
main()
