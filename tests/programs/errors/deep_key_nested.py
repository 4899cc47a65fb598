# uncaught KeyError from nested dict subscripts inside a config loader
CONFIG = {
    "db": {"host": "localhost", "port": 5432},
    "cache": {"host": "redis"},
}

def setting(section, key):
    return CONFIG[section][key]

def url(section):
    return f"{section}://{setting(section, 'host')}:{setting(section, 'port')}"

def connect_all(sections):
    for s in sections:
        print("connecting", url(s))

try:
    setting("nope", "host")
except KeyError as e:
    print("caught KeyError", e)
connect_all(["db", "cache"])
