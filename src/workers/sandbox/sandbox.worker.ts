// The browser sandbox worker: loads Pyodide from the app's own files (no CDN), cuts it off from the network and
// the page, then runs one program per message. Protocol: src/adapters/browser/sandboxProtocol.ts.
import asmJsUrl from 'pyodide/pyodide.asm.mjs?url';
import asmWasmUrl from 'pyodide/pyodide.asm.wasm?url';
import lockUrl from 'pyodide/pyodide-lock.json?url';
import stdlibUrl from 'pyodide/python_stdlib.zip?url';
import { createPyodideRunner } from '../../adapters/pyodide/createPyodideRunner.mjs';
import { hardenPyodide } from '../../adapters/pyodide/hardenPyodide.mjs';
import type { SandboxWorkerMessage, SandboxWorkerRequest } from '../../adapters/browser/sandboxProtocol.ts';

const post = (message: SandboxWorkerMessage): void => self.postMessage(message);

/** Vite gives each file a hashed name; Pyodide asks for its files by their plain names under `indexURL`. */
const FILES: Record<string, string> = {
  'pyodide.asm.wasm': asmWasmUrl,
  'pyodide-lock.json': lockUrl,
  'python_stdlib.zip': stdlibUrl,
};

async function start(): Promise<void> {
  const began = performance.now();
  const realFetch = self.fetch.bind(self);
  // Only during loading, and only Pyodide's own files; hardenPyodide removes fetch before any user code runs.
  self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.slice(url.lastIndexOf('/') + 1);
    return realFetch(FILES[name] ?? input, init);
  };
  const indexURL = new URL('./pyodide/', self.location.href).href;
  const { loadPyodide } = await import('pyodide');
  const { default: createPyodideModule } = (await import(/* @vite-ignore */ asmJsUrl)) as {
    default: unknown;
  };
  const pyodide = await loadPyodide({
    indexURL,
    stdLibURL: stdlibUrl,
    lockFileURL: new URL(lockUrl, self.location.href).href,
    createPyodideModule,
  } as Parameters<typeof loadPyodide>[0]);
  self.fetch = realFetch;
  const runner = createPyodideRunner(pyodide);
  // Keep the message port: the worker's own postMessage and onmessage are how the page talks to it.
  hardenPyodide(pyodide, { blockTimers: true });
  self.onmessage = (event: MessageEvent<SandboxWorkerRequest>) => {
    const message = event.data;
    if (message.type !== 'run') return;
    const result = runner.run({ code: message.code, stdin: message.stdin });
    post({ type: 'result', id: message.id, result });
  };
  post({ type: 'ready', loadMs: performance.now() - began });
}

start().catch((error: unknown) => {
  post({ type: 'loadError', message: error instanceof Error ? error.message : String(error) });
});
