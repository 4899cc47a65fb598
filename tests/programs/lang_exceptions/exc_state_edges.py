# Exception state edges: lazy except expressions, with_traceback, context cycles, exc_info and generators.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
log = []
def etype(name, cls):
    log.append(name)
    return cls
def lazy():
    try:
        raise KeyError("k")
    except etype("first", ValueError):
        pass
    except etype("second", KeyError):
        return log
attempt("except exprs lazy", lazy)
def bad_expr():
    try:
        raise KeyError
    except undefined_name:
        pass
attempt("except expr NameError", bad_expr)
def tb_reuse():
    try:
        1/0
    except ZeroDivisionError as e:
        tb = e.__traceback__
    try:
        raise ValueError("new").with_traceback(tb)
    except ValueError as e2:
        n = 0
        t = e2.__traceback__
        lines = []
        while t:
            lines.append(t.tb_lineno)
            t = t.tb_next
        return lines
attempt("with_traceback lines", tb_reuse)
def exc_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        raise ValueError("from else")
    finally:
        log.append("fin")
attempt("else raises", exc_in_else)
def ctx_of_else():
    try:
        try:
            raise KeyError
        except KeyError:
            pass
        else:
            pass
        raise ValueError
    except ValueError as e:
        return e.__context__
attempt("context cleared after handled", ctx_of_else)
def nested_ctx():
    try:
        raise A1
    except Exception:
        try:
            raise B1
        except Exception as b:
            return type(b.__context__).__name__
class A1(Exception): pass
class B1(Exception): pass
attempt("nested ctx", nested_ctx)
def cycle():
    try:
        try:
            raise A1("a")
        except A1 as a:
            try:
                raise B1("b")
            except B1 as b:
                raise a
    except A1 as final:
        return (type(final.__context__).__name__, final.__context__.__context__)
attempt("context cycle broken", cycle)
def exc_del_in_handler():
    try:
        raise ValueError
    except ValueError as e:
        del e
    return "ok"
attempt("del e in handler", exc_del_in_handler)
def rebinding_e():
    e = 5
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
attempt("e unbound after", rebinding_e)
attempt("exception instance reuse", lambda: [str(x) for x in [ValueError("a")] * 2])
def ret_in_except_then_finally():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        log.append("finally ran")
attempt("return in except", ret_in_except_then_finally)
print(log)
import sys
def exc_info_after_generator():
    def g():
        try:
            raise KeyError
        except KeyError:
            yield sys.exc_info()[0]
    it = g()
    inside = next(it)
    outside = sys.exc_info()[0]
    return inside, outside
attempt("exc_info generator", exc_info_after_generator)
def exc_in_generator_visible_on_resume():
    def g():
        yield sys.exc_info()[0]
    it = g()
    try:
        raise IndexError
    except IndexError:
        return next(it)
attempt("generator sees caller exc", exc_in_generator_visible_on_resume)
