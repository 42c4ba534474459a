import { describe, expect, it } from 'vitest';
import { createFakeSandbox, sandboxError } from './FakeSandbox.ts';

describe('createFakeSandbox', () => {
  it('answers from the handler, treats a string as stdout, and records requests', async () => {
    const sandbox = createFakeSandbox((req, i) =>
      req.code.includes('boom') ? sandboxError('runtime', 'boom') : `run ${i}`,
    );
    expect(await sandbox.run({ code: 'print(1)', timeoutMs: 10 })).toMatchObject({
      ok: true,
      stdout: 'run 0',
    });
    expect(await sandbox.run({ code: 'boom', timeoutMs: 10 })).toMatchObject({
      ok: false,
      errorType: 'runtime',
    });
    expect(sandbox.requests.map((r) => r.code)).toEqual(['print(1)', 'boom']);
  });

  it('reports aborted runs and refuses runs after dispose', async () => {
    const sandbox = createFakeSandbox();
    const controller = new AbortController();
    controller.abort();
    expect(await sandbox.run({ code: 'x', timeoutMs: 10, signal: controller.signal })).toMatchObject({
      errorType: 'aborted',
    });
    await sandbox.dispose();
    expect(sandbox.disposed).toBe(true);
    expect(await sandbox.run({ code: 'x', timeoutMs: 10 })).toMatchObject({ errorType: 'unavailable' });
    expect(sandbox.requests).toHaveLength(0);
  });
});
