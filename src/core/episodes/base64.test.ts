import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.ts';

describe('base64', () => {
  it('round-trips any bytes, large buffers included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeBase64(encodeBase64(bytes.slice().buffer));
        expect(new Uint8Array(decoded ?? new ArrayBuffer(1))).toEqual(bytes);
      }),
      { numRuns: 40 },
    );
    const big = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(new Uint8Array(decodeBase64(encodeBase64(big.buffer)) ?? new ArrayBuffer(0))).toEqual(big);
  });

  it.each([
    ['AAEC', [0, 1, 2]],
    ['', []],
    ['AA==', [0]],
  ])('decodes %j', (text, bytes) => {
    expect(Array.from(new Uint8Array(decodeBase64(text) ?? new ArrayBuffer(9)))).toEqual(bytes);
  });

  it.each(['not base64!', 'AAE', 'A===', 'AA=A'])('refuses %j', (text) =>
    expect(decodeBase64(text)).toBeNull(),
  );
});
