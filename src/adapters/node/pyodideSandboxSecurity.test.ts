import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxResult } from '../../core/ports/CodeSandbox.ts';
import { createNodePyodideSandbox } from './createNodePyodideSandbox.ts';

// Hostile programs try to reach a local HTTP server, write a marker file or read a secret file on the host.
// Whatever each one prints, the server must see no request and the marker must never appear.
const sandbox = createNodePyodideSandbox();
const dir = mkdtempSync(join(tmpdir(), 'sandbox-security-'));
const marker = join(dir, 'pwned.txt');
const secretPath = join(dir, 'secret.txt');
const secret = 'host-secret-7f3a';
let server: Server;
let port = 0;
let hits = 0;

const run = (code: string): Promise<SandboxResult> => sandbox.run({ code, timeoutMs: 10_000 });
const shell = (): string => `echo pwned > ${marker}`;

beforeAll(async () => {
  writeFileSync(secretPath, secret);
  server = createServer((_request, response) => {
    hits += 1;
    response.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  expect((await sandbox.warmUp()).ready).toBe(true);
});

afterAll(async () => {
  await sandbox.dispose();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('Pyodide sandbox: no network, no host access', () => {
  it.each([
    ['import js', "No module named 'js'"],
    ['from js import fetch', "No module named 'js'"],
    ['from pyodide.http import pyfetch', "No module named 'pyodide'"],
    ['import pyodide.ffi', "No module named 'pyodide'"],
    ['import pyodide_js', "No module named 'pyodide_js'"],
    ['import micropip', "No module named 'micropip'"],
    ['import pyodide_http', "No module named 'pyodide_http'"],
    ['import importlib\nimportlib.import_module("js")', "No module named 'js'"],
    ['__import__("_pyodide_core")', "No module named '_pyodide_core'"],
  ])('refuses %j', async (code, message) => {
    const result = await run(code);
    expect(result).toMatchObject({ ok: false, errorType: 'runtime', exception: 'ModuleNotFoundError' });
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('blocks sockets and urllib', async () => {
    const socket = await run(
      `import socket\nsocket.create_connection(("127.0.0.1", ${port}), timeout=2).recv(10)`,
    );
    expect(socket).toMatchObject({ ok: false, errorType: 'runtime' });
    const urllib = await run(
      `import urllib.request\nurllib.request.urlopen("http://127.0.0.1:${port}/", timeout=2)`,
    );
    expect(urllib).toMatchObject({ ok: false, errorType: 'runtime', exception: 'URLError' });
    expect(hits).toBe(0);
  });

  it('refuses to run host programs through os and subprocess', async () => {
    const system = await run(`import os\nos.system(${JSON.stringify(shell())})`);
    expect(system).toMatchObject({ ok: false, exception: 'PermissionError' });
    const popen = await run(`import os\nos.popen(${JSON.stringify(shell())}).read()`);
    expect(popen.ok).toBe(false);
    const sub = await run(`import subprocess\nsubprocess.run(["sh", "-c", ${JSON.stringify(shell())}])`);
    expect(sub.ok).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it('sees its own in-memory file system, not the host files', async () => {
    const result = await run(
      `import os\ntry:\n    print(open(${JSON.stringify(secretPath)}).read())\nexcept OSError as e:\n    print(type(e).__name__)\nprint(os.listdir("/"))`,
    );
    expect(result.ok).toBe(true);
    expect(result.stdout).toContain('FileNotFoundError');
    expect(result.stdout).not.toContain(secret);
  });

  it('finds no way to JavaScript through objects left in memory', async () => {
    const code = [
      'import gc',
      'mods = {m.__name__: m for m in gc.get_objects() if type(m).__name__ == "module"}',
      'def attempt(label, fn):',
      '    try:',
      '        print(label, "ESCAPED", repr(fn())[:60])',
      '    except BaseException as e:',
      '        print(label, "blocked", type(e).__name__)',
      'cb = mods["pyodide.webloop"].scheduleCallback',
      'attempt("constructor", lambda: cb.constructor("return globalThis")())',
      'attempt("proto constructor", lambda: cb.__proto__.constructor("return process")())',
      'attempt("run_js", lambda: mods["pyodide.code"].run_js("globalThis.fetch"))',
      `attempt("timer", lambda: cb(lambda: None, 0))`,
      'core = mods["pyodide.ffi"]',
      'attempt("register", lambda: core.register_js_module("jsx", cb))',
    ].join('\n');
    const result = await run(code);
    expect(result.stdout).toContain('constructor blocked');
    expect(result.stdout).not.toContain('ESCAPED globalThis');
    expect(result.stdout).not.toMatch(/(constructor|run_js|timer) ESCAPED/);
    expect(hits).toBe(0);
  });

  it('survives ctypes calling libc system(): the runtime dies, nothing runs, the next run is fresh', async () => {
    const result = await run(`import ctypes\nctypes.CDLL(None).system(${JSON.stringify(shell())}.encode())`);
    expect(result).toMatchObject({ ok: false, errorType: 'runtime' });
    expect(existsSync(marker)).toBe(false);
    expect(await sandbox.run({ code: 'print("fresh")', timeoutMs: 30_000 })).toMatchObject({ ok: true });
  });
});
