import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../errors.ts';
import { SUITE_NAMES, getSuite, isSuiteName } from './suites.ts';

describe('getSuite', () => {
  it('knows the three built-in suites, each with its task type', () => {
    expect(SUITE_NAMES).toEqual(['builtin:math', 'builtin:qa', 'builtin:code']);
    expect(SUITE_NAMES.map((n) => getSuite(n).type)).toEqual(['math', 'qa', 'code']);
    expect(SUITE_NAMES.map((n) => getSuite(n).name)).toEqual(SUITE_NAMES);
  });

  it('caches: the same frozen object comes back', () => {
    const a = getSuite('builtin:qa');
    expect(getSuite('builtin:qa')).toBe(a);
    expect(Object.isFrozen(a.test)).toBe(true);
    expect(Object.isFrozen(a.test[0])).toBe(true);
  });

  it('rejects an unknown name with E_UNKNOWN_SUITE listing the known ones', () => {
    expect(isSuiteName('gsm8k')).toBe(false);
    expect(isSuiteName('toString')).toBe(false);
    try {
      getSuite('builtin:poetry');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(FlowSteerError);
      expect((err as FlowSteerError).code).toBe('E_UNKNOWN_SUITE');
      expect((err as FlowSteerError).message).toContain('builtin:math, builtin:qa, builtin:code');
    }
  });
});
