import { describe, expect, it } from 'vitest';
import type { LlmClient, LlmRequest } from '../ports/LlmClient.ts';
import { createOperatorRoutedLlm } from './createOperatorRoutedLlm.ts';

const named = (id: string): LlmClient => ({
  id,
  complete: async () => ({
    text: id,
    usage: { promptTokens: 1, completionTokens: 1 },
    model: id,
    costUsd: 0,
  }),
});
const call = (llm: LlmClient, operator: string) => llm.complete({ operator } as unknown as LlmRequest);

describe('createOperatorRoutedLlm', () => {
  it('sends each operator to its override and the rest to the default', async () => {
    const llm = createOperatorRoutedLlm(named('small'), { Verify: named('large') });
    expect((await call(llm, 'Verify')).text).toBe('large');
    expect((await call(llm, 'Custom')).text).toBe('small');
    expect((await call(llm, 'Review')).text).toBe('small');
  });

  it('names every route in its id, and is the default itself without overrides', () => {
    const base = named('small');
    expect(createOperatorRoutedLlm(base, {})).toBe(base);
    const a = createOperatorRoutedLlm(base, { Verify: named('large'), Format: named('tiny') });
    expect(a.id).toBe('small|Format=tiny|Verify=large');
    expect(createOperatorRoutedLlm(base, { Verify: named('other') }).id).not.toBe(a.id);
  });
});
