import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor, normaliseBaseUrl } from './redactSecrets.ts';

describe('createRedactor', () => {
  it('removes every occurrence of every secret, longest first', () => {
    const redact = createRedactor(['sk-abc', 'sk-abcdef', undefined, 'ab']);
    expect(redact('key sk-abcdef or sk-abc, ab stays')).toBe('key [redacted] or [redacted], ab stays');
  });

  it('never leaves a secret in the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 12 }), fc.array(fc.string()), (secret, parts) => {
        expect(createRedactor([secret])(parts.join(secret))).not.toContain(secret);
      }),
    );
  });
});

describe('normaliseBaseUrl', () => {
  it.each([
    ['http://localhost:11434/v1/', 'http://localhost:11434/v1', null],
    [' https://api.openai.com/v1// ', 'https://api.openai.com/v1', null],
    ['localhost:1234/v1', 'localhost:1234/v1', 'not-http'],
    ['ftp://host/v1', 'ftp://host/v1', 'not-http'],
  ])('normalises %j', (raw, url, problem) => {
    expect(normaliseBaseUrl(raw)).toMatchObject({ url, display: url, problem });
  });

  it('hides user info from the display form and returns the password, raw and decoded, for redaction', () => {
    expect(normaliseBaseUrl('https://me:p%40ss@host/v1/')).toEqual({
      url: 'https://me:p%40ss@host/v1',
      display: 'https://host/v1',
      secrets: ['p%40ss', 'p@ss'],
      problem: 'credentials',
    });
  });
});
