import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

// The built worker's file name carries a content hash; the build runs before the tests (playwright.config.ts).
const findWorkerFile = (): string | undefined =>
  readdirSync('dist/assets').find((f) => /^sandbox\.worker-.*\.js$/.test(f));

test('the browser sandbox worker loads Pyodide from the app and cuts Python off from JavaScript and the network', async ({
  page,
}) => {
  const workerFile = findWorkerFile();
  expect(workerFile).toBeDefined();
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
  });
  await page.goto('/');
  const results = await page.evaluate(async (url) => {
    // e2e is type-checked without the DOM library: describe the little of Worker this uses.
    interface PageWorker {
      onmessage: ((event: { data: { type: string; id?: number; result?: unknown } }) => void) | null;
      postMessage(message: unknown): void;
      terminate(): void;
    }
    const { Worker } = globalThis as unknown as {
      Worker: new (url: string, options: { type: 'module' }) => PageWorker;
    };
    const worker = new Worker(url, { type: 'module' });
    const replies = new Map<number, (value: unknown) => void>();
    const ready = new Promise<unknown>((resolve) => {
      worker.onmessage = (event) => {
        if (event.data.type === 'result' && event.data.id !== undefined)
          replies.get(event.data.id)?.(event.data.result);
        else resolve(event.data);
      };
    });
    const run = (id: number, code: string) =>
      new Promise((resolve) => {
        replies.set(id, resolve);
        worker.postMessage({ type: 'run', id, code, stdin: '' });
      });
    const loaded = await ready;
    const out = {
      loaded,
      maths: await run(1, 'from fractions import Fraction\nprint(Fraction(1, 3) + Fraction(1, 6))'),
      js: await run(2, 'import js\nprint(js.fetch)'),
      pyodide: await run(3, 'from pyodide.http import pyfetch'),
      builtins: await run(4, 'import sys\nprint([m for m in ("js", "pyodide_js") if m in sys.modules])'),
    };
    worker.terminate();
    return out;
  }, `/assets/${workerFile}`);
  expect(results.loaded).toMatchObject({ type: 'ready' });
  expect(results.maths).toMatchObject({ ok: true, stdout: '1/2\n' });
  expect(results.js).toMatchObject({ ok: false, message: expect.stringContaining('blocked') });
  expect(results.pyodide).toMatchObject({ ok: false, message: expect.stringContaining('blocked') });
  expect(results.builtins).toMatchObject({ ok: true, stdout: '[]\n' });
  expect(external).toEqual([]);
});
