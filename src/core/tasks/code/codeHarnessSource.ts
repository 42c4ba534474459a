import { HARNESS_CORE_SOURCE } from './harnessCoreSource.ts';

/**
 * The Python test harness runCodeTests sends to the sandbox, after a `_PLAN_JSON = "…"` line (see
 * buildHarnessProgram). It loads the candidate into its own namespace, runs every test or case of the plan and
 * writes one marked JSON event per line to file descriptor 1: `result` (index, ok, message), `candidate` (the
 * code does not load), `setup`, `missing` (a module DS-1000 needs) and finally `done`. Candidate output goes to
 * a discarding sink, or to a per-case capture for stdio tasks, so it can never be mistaken for an event.
 */
export const CODE_HARNESS_SOURCE =
  HARNESS_CORE_SOURCE +
  String.raw`
def _run_tests(ns):
    entry = _PLAN.get('entryPoint')
    for index, source in enumerate(_PLAN['tests']):
        name = '<test %d>' % (index + 1)
        _register(name, source)
        check_style = 'def check(' in source and entry
        local = {'candidate': ns.get(entry)} if check_style else None
        try:
            with _Quiet():
                exec(compile(source, name, 'exec', dont_inherit=True), ns)
                if check_style:
                    if entry not in ns:
                        raise NameError('the code does not define ' + entry + '()')
                    ns['check'](ns[entry])
            _emit({'kind': 'result', 'index': index, 'ok': True})
        except AssertionError as exc:
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': _assert_message(exc, source, ns, local)})
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': _describe(exc)})


def _int_keys(value):
    try:
        if isinstance(value, dict):
            return {int(k): v for k, v in value.items()}
    except (TypeError, ValueError):
        pass
    return value


def _call_equal(output, expected):
    if isinstance(output, tuple):
        output = list(output)
    try:
        if output == expected:
            return True
        if isinstance(expected, list) and expected and output == expected[0]:
            return True
        if isinstance(output[0], tuple) and [list(x) for x in output] == expected[0]:
            return True
    except BaseException:
        return False
    return False


def _call_target(ns, name):
    try:
        with _Quiet():
            if 'class Solution' in _PLAN['candidate'] and 'Solution' in ns:
                return getattr(ns['Solution'](), name), None
            if name in ns:
                return ns[name], None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return None, _describe(exc)
    return None, 'the code does not define ' + name + '()'


def _run_calls(ns):
    name = _PLAN['fnName']
    target, problem = _call_target(ns, name)
    for index, case in enumerate(_PLAN['cases']):
        if problem is not None:
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': problem})
            continue
        args = case['input'] if isinstance(case['input'], list) else [case['input']]
        args = [_int_keys(a) for a in args]
        expected = case['output']
        if isinstance(expected, list) and expected and isinstance(expected[0], dict):
            expected = [_int_keys(expected[0])]
        else:
            expected = _int_keys(expected)
        try:
            with _Quiet():
                output = target(*_copy.deepcopy(args))
            ok = _call_equal(output, expected)
            event = {'kind': 'result', 'index': index, 'ok': ok}
            if not ok:
                shown = _short(args, 60)[1:-1]
                event['message'] = name + '(' + shown + ') returned ' + _short(output) + ', expected ' + _short(expected)
            _emit(event)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': _describe(exc)})


def _close(a, b):
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return x == y or abs(x - y) <= 1e-8 + 1e-5 * abs(y)


def _stdout_matches(got, expected):
    if got == expected:
        return True
    got_tokens, expected_tokens = got.split(), expected.split()
    if got_tokens == expected_tokens:
        return True
    if len(got_tokens) != len(expected_tokens) or not got_tokens:
        return False
    return all(a == b or _close(a, b) for a, b in zip(got_tokens, expected_tokens))


def _run_stdio():
    code = _compile_candidate()
    if code is None:
        return
    current = [b'']

    def _open(file, mode='r', *args, **kwargs):
        if (isinstance(file, int) and file == 0) or file == '/dev/stdin':
            data = _io.BytesIO(current[0])
            return data if 'b' in mode else _io.TextIOWrapper(data, encoding='utf-8')
        return _builtins.open(file, mode, *args, **kwargs)

    table = dict(_builtins.__dict__, open=_open)
    for index, case in enumerate(_PLAN['cases']):
        given, wanted = case['input'], case['output']
        text_in = '\n'.join(map(str, given)) if isinstance(given, list) else str(given)
        expected = '\n'.join(map(str, wanted)) if isinstance(wanted, list) else str(wanted)
        current[0] = text_in.encode('utf-8')
        raw, stream = _text_sink(2 * len(expected) + 65536)
        saved = (_sys.stdout, _sys.stdin)
        _sys.stdout, _sys.stdin = stream, _text_in(current[0])
        error = None
        try:
            exec(code, {'__name__': '__main__', '__builtins__': table})
        except SystemExit:
            pass
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            error = _describe(exc)
        finally:
            try:
                stream.flush()
            except BaseException:
                pass
            _sys.stdout, _sys.stdin = saved
        got = raw.data.decode('utf-8', 'replace')
        if error is None and _stdout_matches(got, expected):
            _emit({'kind': 'result', 'index': index, 'ok': True})
        else:
            message = error or 'expected ' + _short(expected) + ', got ' + _short(got)
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': message})


def _run_ds1000():
    solution = _PLAN['candidate']
    for index, context in enumerate(_PLAN['tests']):
        program = context + '\ncode = ' + repr(solution) + '\ntest_execution(code)\n'
        if 'test_string(' in context:
            program += 'test_string(code)\n'
        name = '<test %d>' % (index + 1)
        _register(name, program)
        try:
            with _Quiet():
                exec(compile(program, name, 'exec', dont_inherit=True), {'__name__': '__main__', '__builtins__': _builtins})
            _emit({'kind': 'result', 'index': index, 'ok': True})
        except ModuleNotFoundError as exc:
            _emit({'kind': 'missing', 'module': (exc.name or 'a module').partition('.')[0]})
            return
        except AssertionError as exc:
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': _assert_message(exc, '', {}, None)})
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _emit({'kind': 'result', 'index': index, 'ok': False, 'message': _describe(exc)})


def _main():
    mode = _PLAN['mode']
    if mode == 'ds1000':
        _run_ds1000()
    elif mode == 'stdio':
        _run_stdio()
    else:
        ns = _load_candidate()
        if ns is None:
            return
        if mode == 'call':
            _run_calls(ns)
        else:
            _run_tests(ns)


_main()
_emit({'kind': 'done'})
`;
