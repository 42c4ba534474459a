import { describe, expect, it } from 'vitest';
import { systemClock } from './systemClock.ts';

describe('systemClock', () => {
  it('sleeps about the asked time on a clock that does not run backwards', async () => {
    const start = systemClock.now();
    await systemClock.sleep(30);
    const elapsed = systemClock.now() - start;
    expect(elapsed).toBeGreaterThanOrEqual(25);
    expect(Math.abs(systemClock.now() - new Date().getTime())).toBeLessThan(1_000);
  });

  it('rejects with an AbortError when aborted, promptly', async () => {
    const controller = new AbortController();
    const start = systemClock.now();
    const sleeping = systemClock.sleep(10_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' });
    expect(systemClock.now() - start).toBeLessThan(500);
  });

  it('rejects at once on an already aborted signal', async () => {
    await expect(systemClock.sleep(10_000, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
