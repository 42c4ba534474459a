/** Top-level Python modules user code may not import (Pyodide's bridges to JavaScript and its installers). */
export declare const BLOCKED_PYTHON_MODULES: readonly string[];
/** JavaScript globals removed from the sandbox's global scope. */
export declare const BLOCKED_JS_GLOBALS: readonly string[];

/** Settings of the hardening. */
export interface HardenPyodideOptions {
  /** The global object to clean (default `globalThis`). */
  globalObject?: object;
  /** Also remove setTimeout/setInterval/setImmediate, so no callback runs between programs. */
  blockTimers?: boolean;
}

/**
 * Cuts a loaded Pyodide off from everything outside it (Python import blockers, Pyodide's loaders and mounts,
 * network and Node globals, code generation from strings). Run once, after `createPyodideRunner`, before the first
 * untrusted program.
 */
export declare function hardenPyodide(pyodide: unknown, options?: HardenPyodideOptions): void;
