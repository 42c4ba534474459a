import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Node built-in modules that reach the network, the file system, other processes or other threads. Inside the
 * sandbox worker every function they export is replaced, so even code that somehow got hold of `require` or
 * `import()` (Pyodide's own `os.system` goes through `require('node:child_process')`) finds nothing that works.
 */
export const NEUTERED_NODE_MODULES = [
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'dns/promises',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'inspector',
  'net',
  'os',
  'repl',
  'tls',
  'trace_events',
  'tty',
  'v8',
  'vm',
  'wasi',
  'worker_threads',
  '_http_agent',
  '_http_client',
  '_http_server',
  '_tls_wrap',
];

/** Methods on shared prototypes, for objects made through references captured before the exports changed. */
const NEUTERED_PROTOTYPE_METHODS = [
  ['net', 'Socket', ['connect']],
  ['net', 'Server', ['listen']],
  ['dgram', 'Socket', ['bind', 'connect', 'send']],
  ['child_process', 'ChildProcess', ['spawn']],
];

const PROCESS_METHODS = [
  'binding',
  '_linkedBinding',
  'dlopen',
  'kill',
  '_kill',
  'chdir',
  'setuid',
  'setgid',
  'seteuid',
  'setegid',
  'setgroups',
  'initgroups',
  'abort',
  'reallyExit',
  'openStdin',
];

function refuse(what) {
  return function () {
    throw new Error(`${what} is disabled in the Python sandbox.`);
  };
}

function neuterObject(target, label) {
  for (const key of Object.getOwnPropertyNames(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor || typeof descriptor.value !== 'function' || !descriptor.writable) continue;
    target[key] = refuse(`${label}.${key}`);
  }
}

function tryRequire(name) {
  // Loading `wasi` prints an ExperimentalWarning; neutering it is no reason to alarm the user.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return require(`node:${name}`);
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * Neuters Node's dangerous built-in modules for the current thread only (each worker thread has its own module
 * instances): prototypes first, then every exported function, then `module` itself (require, createRequire,
 * module loading), and pushes the changes to the ESM namespaces with `syncBuiltinESMExports`. Call it in the
 * sandbox worker after Pyodide has loaded (loading needs `fs`) and after capturing `parentPort`.
 */
export function neuterNodeBuiltins() {
  for (const [moduleName, className, methods] of NEUTERED_PROTOTYPE_METHODS) {
    const proto = tryRequire(moduleName)?.[className]?.prototype;
    for (const method of methods) {
      if (proto && typeof proto[method] === 'function') proto[method] = refuse(`${className}.${method}`);
    }
  }
  for (const name of NEUTERED_NODE_MODULES) {
    const exported = tryRequire(name);
    if (!exported) continue;
    neuterObject(exported, name);
    if (name === 'fs' && exported.promises) neuterObject(exported.promises, 'fs.promises');
    if (name === 'dns' && exported.promises) neuterObject(exported.promises, 'dns.promises');
  }
  const proc = tryRequire('process');
  if (proc) {
    for (const method of PROCESS_METHODS) {
      if (typeof proc[method] === 'function') proc[method] = refuse(`process.${method}`);
    }
    if (proc.report) neuterObject(proc.report, 'process.report');
    for (const key of Object.keys(proc.env)) delete proc.env[key];
  }
  const moduleBuiltin = tryRequire('module');
  syncBuiltinESMExports();
  if (moduleBuiltin) {
    const { Module } = moduleBuiltin;
    neuterObject(moduleBuiltin, 'module');
    if (Module?.prototype) Module.prototype.require = refuse('require');
    for (const key of ['_load', '_resolveFilename', 'createRequire', 'register']) {
      if (Module && typeof Module[key] === 'function') Module[key] = refuse(`Module.${key}`);
    }
    syncBuiltinESMExports();
  }
}
