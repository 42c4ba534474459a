// The Node sandbox worker: plain JavaScript so it loads under Vitest, tsx and plain Node without transpiling.
// Protocol: it posts {type:'ready', loadMs} or {type:'loadError', message}; then answers every
// {type:'run', id, code, stdin} with {type:'result', id, result} where result comes from createPyodideRunner.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { capWasmMemory } from '../pyodide/capWasmMemory.mjs';
import { createPyodideRunner } from '../pyodide/createPyodideRunner.mjs';
import { hardenPyodide } from '../pyodide/hardenPyodide.mjs';
import { neuterNodeBuiltins } from './neuterNodeBuiltins.mjs';

const port = parentPort;
const options = workerData ?? {};
const nodeVersions = { node: process.versions.node };
const nodeVersion = process.version;

/** Pyodide's Node code paths read a few `process` fields at run time (getuid, umask); give them inert values. */
function installInertProcess() {
  const inert = Object.freeze({
    versions: Object.freeze(nodeVersions),
    version: nodeVersion,
    platform: 'emscripten',
    argv: Object.freeze([]),
    env: Object.freeze({}),
    getuid: () => 0,
    umask: () => 0o22,
  });
  Object.defineProperty(globalThis, 'process', { value: inert, writable: false, configurable: false });
}

async function start() {
  const started = performance.now();
  if (options.memoryLimitMb) capWasmMemory(options.memoryLimitMb);
  let pyodide;
  try {
    // Pyodide finds its files from its own stack trace, which loaders such as tsx rewrite: name the folder.
    const entry = createRequire(import.meta.url).resolve(options.pyodideModule ?? 'pyodide/pyodide.mjs');
    const { loadPyodide } = await import(pathToFileURL(entry).href);
    pyodide = await loadPyodide({ indexURL: `${dirname(entry)}/` });
  } catch (error) {
    port.postMessage({ type: 'loadError', message: String(error && error.message ? error.message : error) });
    return;
  }
  const runner = createPyodideRunner(pyodide, {
    maxOutputBytes: options.maxOutputBytes,
    interruptBuffer: options.interruptBuffer,
  });
  neuterNodeBuiltins();
  hardenPyodide(pyodide, { blockTimers: true });
  installInertProcess();
  port.on('message', (message) => {
    if (message?.type !== 'run') return;
    const result = runner.run({ code: message.code, stdin: message.stdin ?? '' });
    port.postMessage({ type: 'result', id: message.id, result });
  });
  port.postMessage({ type: 'ready', loadMs: performance.now() - started });
}

await start();
