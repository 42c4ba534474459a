import { PYTHON_RUNNER_SOURCE } from './pythonRunnerSource.mjs';

/** Default cap on captured stdout and on captured stderr, each. */
export const DEFAULT_MAX_OUTPUT_BYTES = 1_000_000;
/** Recursion limit every run starts with (CPython's default). */
export const DEFAULT_RECURSION_LIMIT = 1000;
/** Highest limit `sys.setrecursionlimit` may set; deeper native recursion overflows the wasm stack. */
export const DEFAULT_MAX_RECURSION_LIMIT = 20_000;
/** File name user code is compiled under; tracebacks and line numbers refer to it. */
export const USER_FILENAME = '<solution>';

const INTERRUPT_SIGINT = 2;

/** A byte sink that keeps the first `limit` bytes and counts the rest. */
function createSink(limit) {
  let chunks = [];
  let kept = 0;
  let dropped = 0;
  return {
    write(buffer) {
      const room = limit - kept;
      if (room > 0) {
        const part = buffer.length <= room ? buffer.slice() : buffer.slice(0, room);
        chunks.push(part);
        kept += part.length;
      }
      dropped += Math.max(0, buffer.length - Math.max(room, 0));
      return buffer.length;
    },
    take() {
      const all = new Uint8Array(kept);
      let at = 0;
      for (const chunk of chunks) {
        all.set(chunk, at);
        at += chunk.length;
      }
      const text = new TextDecoder('utf-8').decode(all);
      const result = { text, dropped };
      chunks = [];
      kept = 0;
      dropped = 0;
      return result;
    },
  };
}

/** Classifies a JavaScript-level failure of the runtime (the Python side catches everything else). */
function describeFatal(error) {
  const text = String(error && error.message ? error.message : error);
  if (/KeyboardInterrupt/.test(text)) {
    return {
      errorType: 'timeout',
      exception: 'KeyboardInterrupt',
      message: 'The run was interrupted at its time limit.',
      fatal: false,
    };
  }
  if (/out of memory|Array buffer allocation|\bOOM\b|Cannot enlarge memory|memory limit/i.test(text)) {
    return {
      errorType: 'memory',
      exception: 'MemoryError',
      message: `The Python runtime ran out of memory (${firstLine(text)}).`,
      fatal: true,
    };
  }
  if (/call stack/i.test(text)) {
    return {
      errorType: 'runtime',
      exception: 'RecursionError',
      message: 'RecursionError: the stack overflowed (recursion too deep).',
      fatal: true,
    };
  }
  return {
    errorType: 'runtime',
    exception: undefined,
    message: `The Python runtime failed: ${firstLine(text)}`,
    fatal: true,
  };
}

function firstLine(text) {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Wraps a loaded Pyodide instance into a runner of whole programs: a fresh `__main__`-like namespace per run,
 * stdin supplied, stdout/stderr captured separately and capped, errors classified (syntax, runtime, memory,
 * timeout). Call it before `hardenPyodide`, which removes the APIs this setup uses.
 */
export function createPyodideRunner(pyodide, options = {}) {
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const recursionLimit = options.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
  const maxRecursionLimit = options.maxRecursionLimit ?? DEFAULT_MAX_RECURSION_LIMIT;
  const interruptBuffer = options.interruptBuffer;
  const stdout = createSink(maxOutputBytes);
  const stderr = createSink(maxOutputBytes);
  let stdin = new Uint8Array(0);
  let stdinAt = 0;
  pyodide.setStdout({ write: (buffer) => stdout.write(buffer), isatty: false });
  pyodide.setStderr({ write: (buffer) => stderr.write(buffer), isatty: false });
  pyodide.setStdin({
    read(buffer) {
      const n = Math.min(buffer.length, stdin.length - stdinAt);
      buffer.set(stdin.subarray(stdinAt, stdinAt + n));
      stdinAt += n;
      return n;
    },
    isatty: false,
  });
  if (interruptBuffer) pyodide.setInterruptBuffer(interruptBuffer);
  const namespace = pyodide.toPy({});
  const source = PYTHON_RUNNER_SOURCE.replace('__RECURSION_LIMIT__', String(recursionLimit)).replace(
    '__MAX_RECURSION_LIMIT__',
    String(maxRecursionLimit),
  );
  pyodide.runPython(source, { globals: namespace });
  const runInPython = namespace.get('run');
  namespace.destroy();

  let dead = null;
  const finish = (verdict) => {
    const out = stdout.take();
    const err = stderr.take();
    let errText = err.text;
    if (out.dropped > 0)
      errText += `\n[stdout truncated: ${out.dropped} bytes over the ${maxOutputBytes}-byte limit]\n`;
    if (err.dropped > 0) errText += `\n[stderr truncated: ${err.dropped} bytes over the limit]\n`;
    return { ...verdict, stdout: out.text, stderr: errText };
  };

  return {
    run({ code, stdin: input = '', filename = USER_FILENAME, moduleName = '__main__' }) {
      // Output written between runs (a callback a previous program scheduled) belongs to no run.
      stdout.take();
      stderr.take();
      if (dead) return finish({ ok: false, ...dead });
      // The host clears the interrupt flag before it sends a run, not this side: an abort that lands while the
      // run message is still on its way must stop this run, not be wiped by it.
      stdin = new TextEncoder().encode(input);
      stdinAt = 0;
      let verdict;
      try {
        verdict = JSON.parse(runInPython(code, input, filename, moduleName));
      } catch (error) {
        verdict = { ok: false, ...describeFatal(error) };
        // Later runs on this instance answer at once; the host replaces the runtime (the Node sandbox does).
        if (verdict.fatal) dead = verdict;
      }
      if (interruptBuffer) interruptBuffer[0] = 0;
      if (verdict.ok) return finish({ ok: true });
      const { errorType, exception, message, fatal = false } = verdict;
      return finish({ ok: false, errorType, message, fatal, ...(exception ? { exception } : {}) });
    },
    interruptSignal: INTERRUPT_SIGINT,
  };
}
