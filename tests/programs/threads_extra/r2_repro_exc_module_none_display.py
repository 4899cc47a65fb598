# an exception class whose __module__ is not a str is displayed as "<unknown>.Name" by the traceback printer
E = type("NoMod", (Exception,), {"__module__": None})
raise E("nomod")
