# uncaught user-defined exception
class ConfigError(Exception):
    pass
settings = {"retries": 3}
def load(name):
    if name in settings:
        return settings[name]
    raise ConfigError("missing setting: " + name)
print("retries =", load("retries"))
try:
    load("colour")
except ConfigError as e:
    print("caught", e)
print("loading")
load("timeout")
