/**
 * Top-level Python modules user code may not import: they are Pyodide's bridges to JavaScript (and, through it,
 * to the network, Node's modules and the host file system) or its package installers.
 */
export const BLOCKED_PYTHON_MODULES = [
  'js',
  'pyodide_js',
  'pyodide',
  '_pyodide',
  '_pyodide_core',
  'micropip',
  'pyodide_http',
];

/**
 * JavaScript globals removed from the sandbox's global scope: network (fetch, XHR, sockets), script loading,
 * nested workers, cross-thread channels, and Node's `process` / `require` (Pyodide defines a global `require` in
 * Node that hands out `fs` and `child_process`).
 */
export const BLOCKED_JS_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'RTCPeerConnection',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'navigator',
  'caches',
  'indexedDB',
  'require',
  'module',
  'process',
  'Deno',
  'Bun',
];

/** Pyodide API members that load code or packages, mount host directories or open sockets. */
const BLOCKED_API_MEMBERS = [
  'loadPackage',
  'loadPackagesFromImports',
  'mountNodeFS',
  'mountNativeFS',
  'useNodeSockFS',
  'registerJsModule',
  'makeMemorySnapshot',
];
const BLOCKED_INTERNAL_API_MEMBERS = ['loadBinaryFile', 'loadDynlib', 'install', 'initializeNodeSockFS'];
const BLOCKED_MODULE_MEMBERS = [
  'loadDynamicLibrary',
  'loadWebAssemblyModule',
  'asyncLoad',
  'FS_preloadFile',
  'FS_createPreloadedFile',
  '_emscripten_run_script',
  '_emscripten_run_script_int',
  '_emscripten_run_script_string',
];

const BLOCKER_SOURCE = String.raw`
import os as _os
import sys as _sys

_BLOCKED = frozenset(__BLOCKED__)


class SandboxImportBlocker:
    """Refuses the modules that bridge Python to JavaScript, before Pyodide's own finders see them."""

    def find_spec(self, name, path=None, target=None):
        if name.partition('.')[0] in _BLOCKED:
            raise ModuleNotFoundError(
                "No module named '" + name + "' (blocked: the sandbox has no JavaScript or network access)",
                name=name)
        return None


def _refuse(*args, **kwargs):
    raise PermissionError('Running other programs is disabled in the sandbox.')


def _exit(status):
    # The real _exit tears the whole WebAssembly runtime down; ending the program is what callers mean.
    raise SystemExit(status)


_os._exit = _exit
_sys.meta_path.insert(0, SandboxImportBlocker())
for _name in [n for n in _sys.modules if n.partition('.')[0] in _BLOCKED]:
    del _sys.modules[_name]
for _name in ('system', 'popen', 'execv', 'execve', 'execl', 'execle', 'execlp', 'execlpe', 'execvp', 'execvpe',
              'spawnv', 'spawnve', 'spawnl', 'spawnle', 'posix_spawn', 'posix_spawnp', 'fork', 'forkpty', 'kill'):
    if hasattr(_os, _name):
        setattr(_os, _name, _refuse)
`;

function refuse(what) {
  const blocked = function () {
    throw new Error(`${what} is disabled in the Python sandbox.`);
  };
  return blocked;
}

function replaceMembers(target, names, label) {
  if (!target) return;
  for (const name of names) {
    if (name in target) {
      try {
        target[name] = refuse(`${label}.${name}`);
      } catch {
        delete target[name];
      }
    }
  }
}

/** Deletes a global wherever it lives on the global object's prototype chain; unremovable ones are shadowed. */
function removeGlobal(globalObject, name) {
  for (let owner = globalObject; owner && owner !== Object.prototype; owner = Object.getPrototypeOf(owner)) {
    if (Object.prototype.hasOwnProperty.call(owner, name)) {
      try {
        delete owner[name];
      } catch {
        // A non-configurable property stays; it is shadowed below.
      }
    }
  }
  if (name in globalObject) {
    try {
      Object.defineProperty(globalObject, name, { value: undefined, writable: false, configurable: false });
    } catch {
      // Nothing more can be done from JavaScript; the Python-side blockers still apply.
    }
  }
}

/**
 * Blocks code generation from strings (eval, the Function constructors, string timers): without it no code that
 * reaches a JavaScript object could write `import()` or look up the removed globals again.
 */
function blockCodeGeneration(globalObject) {
  const block = refuse('Code generation from strings');
  block.prototype = Function.prototype;
  const prototypes = [
    Function.prototype,
    Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(function* () {}),
    Object.getPrototypeOf(async function* () {}),
  ];
  for (const proto of prototypes) {
    Object.defineProperty(proto, 'constructor', { value: block, writable: false, configurable: false });
  }
  for (const name of ['eval', 'Function']) {
    Object.defineProperty(globalObject, name, { value: block, writable: false, configurable: false });
  }
  for (const name of ['setTimeout', 'setInterval']) {
    const original = globalObject[name];
    if (typeof original !== 'function') continue;
    globalObject[name] = function (callback, ...rest) {
      if (typeof callback !== 'function')
        throw new Error(`${name} with a string is disabled in the sandbox.`);
      return original.call(globalObject, callback, ...rest);
    };
  }
}

/**
 * Cuts a loaded Pyodide off from everything outside it: Python may no longer import `js`, `pyodide`, `micropip`…
 * (import blockers, modules dropped from `sys.modules`, `os.system` and friends refused, `os._exit` turned into
 * SystemExit so it does not kill the runtime), the Pyodide API can no
 * longer load packages, scripts or dynamic libraries nor mount host directories, and the JavaScript global scope
 * loses its network, worker, `process` and `require` globals and its ability to compile code from strings. Run it
 * once, after `createPyodideRunner` and before the first untrusted program; it does not touch Node's built-in
 * modules (the Node worker neuters those separately, as a second wall). With `blockTimers`, a program can no
 * longer schedule JavaScript callbacks that would run between runs (use it where the host needs no timers).
 */
export function hardenPyodide(pyodide, options = {}) {
  const globalObject = options.globalObject ?? globalThis;
  const namespace = pyodide.toPy({});
  pyodide.runPython(BLOCKER_SOURCE.replace('__BLOCKED__', JSON.stringify(BLOCKED_PYTHON_MODULES)), {
    globals: namespace,
  });
  namespace.destroy();
  for (const name of ['js', 'pyodide_js']) {
    try {
      pyodide.unregisterJsModule(name);
    } catch {
      // Not registered in this build: nothing to remove.
    }
  }
  replaceMembers(pyodide, BLOCKED_API_MEMBERS, 'pyodide');
  replaceMembers(pyodide._api, BLOCKED_INTERNAL_API_MEMBERS, 'pyodide._api');
  replaceMembers(pyodide._module, BLOCKED_MODULE_MEMBERS, 'Module');
  for (const holder of [pyodide.FS?.filesystems, pyodide._module]) {
    for (const name of ['NODEFS', 'NODERAWFS', 'NATIVEFS_ASYNC', 'IDBFS']) {
      if (holder && name in holder) delete holder[name];
    }
  }
  for (const name of BLOCKED_JS_GLOBALS) removeGlobal(globalObject, name);
  blockCodeGeneration(globalObject);
  if (options.blockTimers) {
    for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
      if (name in globalObject) globalObject[name] = refuse(name);
    }
  }
}
