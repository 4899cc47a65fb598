"""code, written for gilpy: interactive consoles that programs build and run themselves.

InteractiveInterpreter compiles and runs source in a namespace; InteractiveConsole adds the
prompt loop, reading lines, buffering a statement until codeop says it is complete, and
showing errors as the interpreter's own prompt shows them.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Runs source in a namespace (`locals`) and reports its errors."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run `source`. True when it is incomplete (the caller should read
        more); False when it ran, or its error was shown."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object; any exception but SystemExit is shown, not raised."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the SyntaxError being handled, under `filename` when given."""
        etype, value, tb = sys.exc_info()
        sys.last_type = etype
        sys.last_value = value
        sys.last_traceback = tb
        if filename and etype is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(etype, value)))
        else:
            sys.excepthook(etype, value, tb)

    def showtraceback(self):
        """Show the exception being handled, without this console's own frame."""
        sys.last_type, sys.last_value, last_tb = info = sys.exc_info()
        sys.last_traceback = last_tb
        try:
            lines = traceback.format_exception(info[0], info[1], last_tb.tb_next)
            if sys.excepthook is sys.__excepthook__:
                self.write(''.join(lines))
            else:
                sys.excepthook(info[0], info[1], last_tb)
        finally:
            last_tb = info = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """A prompt loop around InteractiveInterpreter."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Prompt, read and run until end of input. A None banner names the Python version
        and this class; None exitmsg says the console is exiting; '' prints nothing."""
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                type(self).__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add a line to the statement being read; run it when it is complete. True while
        more lines are needed."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole in `local` (a new namespace when None); `readfunc`
    replaces its line reader."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true',
                        help="don't print version and copyright messages")
    args = parser.parse_args()
    interact('' if args.q or sys.flags.quiet else None)
