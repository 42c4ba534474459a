/**
 * The first half of the Python test harness: imports, the event writer, output sinks, error descriptions and
 * candidate loading. codeHarnessSource appends the per-format runners; the program is described there.
 */
export const HARNESS_CORE_SOURCE = String.raw`
import ast as _ast
import builtins as _builtins
import copy as _copy
import io as _io
import json as _json
import linecache as _linecache
import os as _os
import sys as _sys

_PLAN = _json.loads(_PLAN_JSON)
_MARK = _PLAN['mark']
_OFFSET = _PLAN.get('lineOffset', 0)
_OURS = set()


def _emit(event):
    _os.write(1, ('\n' + _MARK + _json.dumps(event) + '\n').encode('utf-8', 'replace'))


def _one_line(text, limit=200):
    text = ' '.join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + '\u2026'


def _short(value, limit=80):
    try:
        text = repr(value)
    except BaseException:
        text = '<unprintable>'
    return text if len(text) <= limit else text[: limit - 1] + '\u2026'


def _register(name, source):
    _OURS.add(name)
    _linecache.cache[name] = (len(source), None, source.splitlines(True), name)


class _Sink(_io.RawIOBase):
    def __init__(self, limit):
        self.data = bytearray()
        self.limit = limit

    def writable(self):
        return True

    def write(self, chunk):
        room = self.limit - len(self.data)
        if room > 0:
            self.data += bytes(chunk[:room])
        return len(chunk)


def _text_sink(limit):
    raw = _Sink(limit)
    return raw, _io.TextIOWrapper(_io.BufferedWriter(raw), encoding='utf-8', errors='replace')


def _text_in(data):
    return _io.TextIOWrapper(_io.BytesIO(data), encoding='utf-8', errors='replace')


def _where(exc):
    found = None
    if isinstance(exc, SyntaxError) and exc.filename in _OURS and exc.lineno:
        found = (exc.filename, exc.lineno)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in _OURS:
            found = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _place(found):
    name, line = found
    if name == '<candidate>':
        return 'line %d' % (line - _OFFSET) if line > _OFFSET else 'line %d of the starter code' % line
    return 'test line %d: %s' % (line, _one_line(_linecache.getline(name, line), 120))


def _describe(exc):
    name = type(exc).__name__
    try:
        detail = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)
    except BaseException:
        detail = ''
    text = _one_line(name + ': ' + detail if detail else name)
    found = _where(exc)
    return text + ' (' + _place(found) + ')' if found else text


def _error_type(exc):
    if isinstance(exc, SyntaxError):
        return 'syntax'
    return 'memory' if isinstance(exc, MemoryError) else 'runtime'


def _got(source, ns, local):
    try:
        tree = _ast.parse(source.strip())
        node = tree.body[0] if len(tree.body) == 1 else None
        test = node.test if isinstance(node, _ast.Assert) else None
        if isinstance(test, _ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], _ast.Eq):
            expr = _ast.Expression(test.left)
            return _short(eval(compile(expr, '<got>', 'eval'), ns, local))
    except BaseException:
        return None
    return None


def _assert_message(exc, source, ns, local):
    found = _where(exc)
    line = source
    if found and found[0] != '<candidate>':
        line = _linecache.getline(found[0], found[1]) or source
    text = 'failed: ' + _one_line(line, 160)
    if str(exc):
        text += ' \u2014 ' + _one_line(str(exc), 100)
    got = _got(line, ns, local)
    return text + ' (got ' + got + ')' if got is not None else text


class _Quiet:
    def __enter__(self):
        self.saved = (_sys.stdout, _sys.stdin)
        _sys.stdout = _text_sink(0)[1]
        _sys.stdin = _text_in(b'')

    def __exit__(self, *exc):
        _sys.stdout, _sys.stdin = self.saved
        return False


def _compile_candidate():
    source = _PLAN['candidate']
    _register('<candidate>', source)
    try:
        return compile(source, '<candidate>', 'exec', dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        _emit({'kind': 'candidate', 'errorType': _error_type(exc), 'exception': type(exc).__name__,
               'message': _describe(exc)})
        return None


def _load_candidate():
    code = _compile_candidate()
    if code is None:
        return None
    ns = {'__name__': _PLAN['moduleName'], '__builtins__': _builtins}
    try:
        with _Quiet():
            exec(code, ns)
    except SystemExit:
        pass
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        _emit({'kind': 'candidate', 'errorType': _error_type(exc), 'exception': type(exc).__name__,
               'message': _describe(exc)})
        return None
    setup = _PLAN.get('setup') or ''
    if setup:
        _register('<setup>', setup)
        try:
            with _Quiet():
                exec(compile(setup, '<setup>', 'exec', dont_inherit=True), ns)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _emit({'kind': 'setup', 'message': _describe(exc)})
            return None
    return ns


`;
