import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../util/createRng.ts';
import { isRetryableStatus, parseRetryAfter, retryDelay } from './retryDelay.ts';

const NOW = Date.parse('2026-11-05T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[Record<string, string>, number | null]>([
    [{}, null],
    [{ 'retry-after': '1' }, 1000],
    [{ 'retry-after': '0.2' }, 200],
    [{ 'retry-after': ' 3 ' }, 3000],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': 'Thu, 05 Nov 2026 12:00:05 GMT' }, 5000],
    [{ 'retry-after': 'Thu, 05 Nov 2026 11:59:00 GMT' }, 0],
    // The server's own Date header is the reference, so a skewed local clock does not matter.
    [{ 'retry-after': 'Thu, 05 Nov 2026 13:00:02 GMT', date: 'Thu, 05 Nov 2026 13:00:00 GMT' }, 2000],
    [{ 'retry-after': 'soon' }, null],
  ])('reads %j', (headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), NOW)).toBe(expected);
  });
});

describe('retryDelay', () => {
  it('grows exponentially with jitter between half and all of the step, capped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        (retryIndex, baseMs) => {
          const maxMs = 5000;
          const delay = retryDelay({
            retryIndex,
            retryAfterMs: null,
            baseMs,
            maxMs,
            rng: createRng(retryIndex),
          });
          const step = Math.min(maxMs, baseMs * 2 ** retryIndex);
          expect(delay).toBeGreaterThanOrEqual(step / 2);
          expect(delay).toBeLessThanOrEqual(step);
        },
      ),
    );
  });

  it('honours Retry-After, adding at most 10 %, within the cap', () => {
    const rng = createRng('r');
    const delay = retryDelay({ retryIndex: 0, retryAfterMs: 1000, baseMs: 1, maxMs: 10_000, rng });
    expect(delay).toBeGreaterThanOrEqual(1000);
    expect(delay).toBeLessThanOrEqual(1100);
    expect(retryDelay({ retryIndex: 0, retryAfterMs: 3_600_000, baseMs: 1, maxMs: 20_000, rng })).toBe(
      20_000,
    );
  });

  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
  ])('treats HTTP %i as retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
