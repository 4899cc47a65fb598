# uncaught exception explicitly chained with `raise ... from ...` across functions
class ConfigError(Exception):
    pass
settings = {"port": "80"}
def read(key):
    return settings[key]
def load(key):
    try:
        return int(read(key))
    except KeyError as exc:
        raise ConfigError("missing setting %r" % key) from exc
print(load("port"))
load("host")
