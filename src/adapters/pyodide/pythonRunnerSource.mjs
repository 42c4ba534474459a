/**
 * The Python half of the sandbox runner, kept as plain JavaScript so the Node worker (no transpiler) and a browser
 * worker (Vite) load the same source. It defines `run(code, stdin, filename, module_name)`, which executes one
 * program in a fresh namespace and returns a JSON verdict; output goes to file descriptors 1 and 2, which the
 * JavaScript side captures. Placeholders `__RECURSION_LIMIT__` and `__MAX_RECURSION_LIMIT__` are filled in by
 * createPyodideRunner.
 */
export const PYTHON_RUNNER_SOURCE = String.raw`
import builtins as _builtins
import io as _io
import json as _json
import linecache as _linecache
import os as _os
import sys as _sys
import traceback as _traceback

_RECURSION_LIMIT = __RECURSION_LIMIT__
_MAX_RECURSION_LIMIT = __MAX_RECURSION_LIMIT__
_HOME = _os.getcwd()
_MISSING = object()
_set_recursion_limit = _sys.setrecursionlimit


def _clamped_set_recursion_limit(limit):
    # Deep native recursion overflows the WebAssembly stack and kills the runtime, so the limit is capped.
    _set_recursion_limit(min(int(limit), _MAX_RECURSION_LIMIT))


_sys.setrecursionlimit = _clamped_set_recursion_limit
_BUILTINS = dict(_builtins.__dict__)
_SYS_ATTRS = {name: getattr(_sys, name) for name in ('argv', 'path', 'setrecursionlimit', 'excepthook')}


def _restore_interpreter():
    # A run may rebind builtins or sys hooks; later runs must not inherit that.
    table = _builtins.__dict__
    for name in [n for n in table if n not in _BUILTINS]:
        del table[name]
    for name, value in _BUILTINS.items():
        if table.get(name, _MISSING) is not value:
            table[name] = value
    for name, value in _SYS_ATTRS.items():
        setattr(_sys, name, value if not isinstance(value, list) else list(value))
    _sys.stdin, _sys.stdout, _sys.stderr = _sys.__stdin__, _sys.__stdout__, _sys.__stderr__
    _set_recursion_limit(_RECURSION_LIMIT)
    try:
        _sys.set_int_max_str_digits(0)
    except AttributeError:
        pass
    try:
        _os.chdir(_HOME)
    except OSError:
        pass


def _user_line(exc, filename):
    if isinstance(exc, SyntaxError) and exc.filename == filename and exc.lineno:
        return exc.lineno
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _one_line(text, limit=300):
    text = ' '.join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + '\u2026'


def _describe(exc, filename):
    name = type(exc).__name__
    try:
        detail = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)
    except BaseException:
        detail = '<unprintable>'
    message = _one_line(name + ': ' + detail if detail else name)
    line = _user_line(exc, filename)
    return name, message if line is None else message + ' (line ' + str(line) + ')'


def _classify(exc):
    if isinstance(exc, SyntaxError):
        return 'syntax'
    if isinstance(exc, MemoryError):
        return 'memory'
    if isinstance(exc, KeyboardInterrupt):
        return 'timeout'
    return 'runtime'


def _write_traceback(exc, filename, stream):
    # Frames of this runner are noise for the user: start the traceback at their code.
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    try:
        stream.write(''.join(_traceback.format_exception(type(exc), exc, tb)))
    except BaseException:
        pass


def _failure(exc, filename, stream):
    name, message = _describe(exc, filename)
    _write_traceback(exc, filename, stream)
    return {'ok': False, 'errorType': _classify(exc), 'exception': name, 'message': message}


def _exit_result(exc, stream):
    status = exc.code
    if status is None or status == 0:
        return {'ok': True}
    if not isinstance(status, int):
        stream.write(str(status) + '\n')
    return {'ok': False, 'errorType': 'runtime', 'exception': 'SystemExit',
            'message': _one_line('SystemExit: ' + str(status))}


def _flush(stream):
    try:
        stream.flush()
    except BaseException:
        pass


def run(code, stdin_text, filename, module_name):
    _restore_interpreter()
    data = stdin_text.encode('utf-8', 'surrogatepass')
    _sys.stdin = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(data)), encoding='utf-8', errors='replace')
    out = _io.TextIOWrapper(_io.FileIO(1, 'w', closefd=False), encoding='utf-8', errors='backslashreplace')
    err = _io.TextIOWrapper(_io.FileIO(2, 'w', closefd=False), encoding='utf-8', errors='backslashreplace',
                            line_buffering=True)
    _sys.stdout, _sys.stderr = out, err
    namespace = {'__name__': module_name, '__builtins__': _builtins, '__doc__': None, '__package__': None,
                 '__spec__': None, '__loader__': None}
    _linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    try:
        exec(compile(code, filename, 'exec', dont_inherit=True), namespace)
        result = {'ok': True}
    except SystemExit as exc:
        result = _exit_result(exc, err)
    except BaseException as exc:
        result = _failure(exc, filename, err)
    finally:
        _flush(out)
        _flush(err)
        namespace.clear()
        _linecache.cache.pop(filename, None)
        _restore_interpreter()
    return _json.dumps(result)
`;
