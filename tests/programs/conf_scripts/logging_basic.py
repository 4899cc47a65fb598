import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("hidden")
log.info("starting with %d workers", 4)
log.warning("disk at %s%%", 91)
log.error("failed: %r", {"code": 5})
sub = logging.getLogger("app.db")
sub.info("connected")
sub.setLevel(logging.ERROR)
sub.warning("suppressed")
sub.critical("db down")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s - %(message)s"))
out = logging.getLogger("out")
out.addHandler(handler)
out.propagate = False
out.setLevel(logging.DEBUG)
out.debug("to stdout")
out.info("value=%s", [1, 2])
try:
    1 / 0
except ZeroDivisionError:
    out.exception("math broke")
print(logging.getLevelName(30), logging.getLevelName("ERROR"), log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
logging.warning("root warning")
print(log.name, sub.parent.name, logging.getLogger("app") is log)
