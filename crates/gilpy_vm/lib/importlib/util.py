"""importlib.util, written for gilpy: finding specs, and making and running modules from
them (the way to load a file by its path)."""

import sys
import _imp
from importlib import _resolve_name, _find
from importlib.machinery import ModuleSpec, SourceFileLoader


def resolve_name(name, package):
    """A relative module name made absolute."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading module `name` from the file `location`."""
    if location is None:
        location = '<unknown>'
        if loader is not None and hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    else:
        import os
        location = os.fspath(location)
        try:
            location = os.path.abspath(location)
        except OSError:
            pass
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is None:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        import os
        spec.submodule_search_locations.append(os.path.dirname(location))
    return spec


def _spec_of(name, path):
    found = _find(name, path)
    if found is None:
        return None
    kind, filename, is_pkg = found
    if kind == 'file':
        return spec_from_file_location(name, filename)
    spec = ModuleSpec(name, None, origin=kind if kind == 'frozen' else 'built-in',
                      is_package=is_pkg)
    return spec


def find_spec(name, package=None):
    """The spec of module `name`, or None when it cannot be found. A parent package is
    imported first, as CPython does."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        return _spec_of(fullname, getattr(sys.modules.get(fullname.rpartition('.')[0]),
                                          '__path__', None) if '.' in fullname else None)
    parent = fullname.rpartition('.')[0]
    path = None
    if parent:
        import importlib
        parent_module = importlib.import_module(parent)
        try:
            path = parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from e
    return _spec_of(fullname, path)


def module_from_spec(spec):
    """A new module object for `spec`, its attributes set from the spec; not yet run."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    """CPython's answer when an implementation has no cache tag, as gilpy has none."""
    raise NotImplementedError('sys.implementation.cache_tag is None')
