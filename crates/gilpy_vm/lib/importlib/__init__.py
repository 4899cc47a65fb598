"""importlib, written for gilpy: import_module, reload and invalidate_caches.

gilpy's import system is native code (runtime/import.rs), not Python as CPython's is, so
this package offers what programs call rather than the machinery behind it. Modules found on
sys.path run from their files; the library built into the binary is what CPython calls
frozen. gilpy writes no bytecode caches and keeps no directory listings, so there is nothing
to invalidate.
"""

import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    return f'{base}.{name}' if name else base


def _check_request(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def import_module(name, package=None):
    """Import a module by name and return it; a name starting with dots is relative to
    `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for ch in name:
            if ch != '.':
                break
            level += 1
    _check_request(name[level:], package, level)
    full = name[level:]
    if level > 0:
        full = _resolve_name(full, package, level)
    module = sys.modules.get(full)
    if module is None:
        __import__(full)
        module = sys.modules[full]
    return module


def invalidate_caches():
    """Nothing to do: gilpy's finder looks at the file system on every import."""


def _find(name, path):
    """Where module `name` comes from: ('file', filename, is_package), ('frozen', None,
    is_package) or ('builtin', None, False); None when it cannot be found."""
    import os
    last = name.rpartition('.')[2]
    if path is None:
        if _imp.is_builtin(name):
            return ('builtin', None, False)
        path = sys.path
    for entry in path:
        base = entry or '.'
        init = os.path.join(base, last, '__init__.py')
        if os.path.isfile(init):
            return ('file', init, True)
        single = os.path.join(base, last + '.py')
        if os.path.isfile(single):
            return ('file', single, False)
    if _imp.is_frozen(name):
        return ('frozen', None, _imp.is_frozen_package(name))
    return None


_RELOADING = {}


def reload(module):
    """Run a module's code again in its own namespace and return the module."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent = name.rpartition('.')[0]
        path = None
        if parent:
            try:
                path = sys.modules[parent].__path__
            except KeyError:
                raise ImportError(f"parent {parent!r} not in sys.modules", name=parent) from None
            except AttributeError:
                path = None
        found = _find(name, path)
        if found is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        kind, filename, _ = found
        if kind == 'file':
            with open(filename, 'rb') as f:
                source = f.read()
            code = compile(source, filename, 'exec')
            module.__file__ = filename
        elif kind == 'frozen':
            code = _imp.get_frozen_object(name)
        else:
            code = None
        if code is not None:
            exec(code, module.__dict__)
        return sys.modules[name]
    finally:
        del _RELOADING[name]
