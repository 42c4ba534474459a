import { describe, expect, it } from 'vitest';
import { redactSecrets, toRedactedJson } from './redactSecrets.ts';

describe('redactSecrets', () => {
  it.each<[string, unknown, string[], unknown]>([
    [
      'drops credential properties at any depth',
      { a: { apiKey: 1, API_KEY: 2, Authorization: 3, b: [{ key: 4, headers: {}, k: 5 }] } },
      [],
      { a: { b: [{ k: 5 }] } },
    ],
    [
      'redacts secrets inside strings and property names',
      { 'x-sk1': 'use sk1 and sk1', n: 3 },
      ['sk1'],
      { 'x-[redacted]': 'use [redacted] and [redacted]', n: 3 },
    ],
    [
      'replaces a longer secret whole before a shorter one inside it',
      'abc-abcdef',
      ['abc', 'abcdef'],
      '[redacted]-[redacted]',
    ],
    [
      'ignores empty secrets and keeps null, numbers and booleans',
      [null, 1, true, ''],
      [''],
      [null, 1, true, ''],
    ],
  ])('%s', (_name, input, secrets, expected) => {
    const before = structuredClone(input);
    expect(redactSecrets(input, secrets)).toEqual(expected);
    expect(input).toEqual(before);
  });

  it('writes pretty JSON ending in a newline and drops undefined values', () => {
    expect(toRedactedJson({ a: 1, b: undefined, key: 'x' })).toBe('{\n  "a": 1\n}\n');
  });
});
