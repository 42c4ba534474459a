import { describe, expect, it } from 'vitest';
import { FlowSteerError } from '../../errors.ts';
import { createMemoryReplayStore, replayStoreFromJSON } from './createMemoryReplayStore.ts';
import { replayKey } from './replayKey.ts';
import type { ReplayEntry } from './ReplayStore.ts';

const entry = (text: string, estimated = false): ReplayEntry => ({
  backendId: 'openai:http://x/v1#m',
  text,
  usage: estimated
    ? { promptTokens: 1, completionTokens: 2, estimated: true }
    : { promptTokens: 1, completionTokens: 2 },
  model: 'm',
  costUsd: 0.001,
});

describe('createMemoryReplayStore', () => {
  it('round-trips through its versioned JSON form, entries in key order', () => {
    const store = createMemoryReplayStore();
    store.set('b', entry('B', true));
    store.set('a', entry('A'));
    const json = JSON.parse(JSON.stringify(store.toJSON())) as unknown;
    expect(json).toMatchObject({ format: 'flowsteer-replay', version: 1 });
    expect(Object.keys((json as { entries: object }).entries)).toEqual(['a', 'b']);
    const back = replayStoreFromJSON(json);
    expect(back.size).toBe(2);
    expect(back.get('b')).toEqual(entry('B', true));
    expect(back.get('a')).toEqual(entry('A'));
    expect(back.backendIds()).toEqual(['openai:http://x/v1#m']);
  });

  it.each<[string, unknown, string]>([
    ['a newer version', { format: 'flowsteer-replay', version: 2, entries: {} }, 'E_UNSUPPORTED_VERSION'],
    ['another format', { format: 'flowsteer-episode', version: 1, entries: {} }, 'E_SCHEMA'],
    ['a bad entry', { format: 'flowsteer-replay', version: 1, entries: { k: { text: 1 } } }, 'E_SCHEMA'],
    ['null', null, 'E_SCHEMA'],
  ])('rejects %s with a coded error', (_what, data, code) => {
    const thrown = (() => {
      try {
        replayStoreFromJSON(data);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(FlowSteerError);
    expect((thrown as FlowSteerError).code).toBe(code);
  });
});

describe('replayKey', () => {
  const base = {
    backendId: 'openai:http://x/v1#m',
    messages: [{ role: 'user' as const, content: 'hi' }],
    temperature: undefined,
    maxTokens: undefined,
  };
  it.each([
    ['the backend', { backendId: 'openai:http://x/v1#other' }],
    ['a message', { messages: [{ role: 'user' as const, content: 'hi!' }] }],
    ['a role', { messages: [{ role: 'system' as const, content: 'hi' }] }],
    ['the temperature', { temperature: 0 }],
    ['max tokens', { maxTokens: 100 }],
  ])('changes with %s', (_what, change) => {
    expect(replayKey({ ...base, ...change })).not.toBe(replayKey(base));
  });

  it('is stable and 28 hex digits long', () => {
    expect(replayKey(base)).toBe(replayKey({ ...base, messages: [{ role: 'user', content: 'hi' }] }));
    expect(replayKey(base)).toMatch(/^[0-9a-f]{28}$/);
  });
});
