import { describe, expect, it } from 'vitest';
import { costOf, toLlmUsage } from './estimateUsage.ts';
import { BadResponseError, parseChatCompletion, serverErrorMessage } from './parseChatCompletion.ts';

describe('parseChatCompletion', () => {
  it('reads text, usage and model, including array content parts', () => {
    const body = {
      model: 'm',
      choices: [
        {
          message: {
            content: [
              { type: 'text', text: 'a' },
              { type: 'text', text: 'b' },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 2 },
    };
    expect(parseChatCompletion(JSON.stringify(body))).toEqual({
      text: 'ab',
      usage: { prompt_tokens: 1, completion_tokens: 2 },
      model: 'm',
    });
  });

  it.each([
    ['<html>Ollama is running</html>', /not JSON/],
    ['{"choices":[]}', /no choices/],
    ['{"object":"list"}', /no choices/],
    ['{"choices":[{"text":"legacy"}]}', /no message/],
    ['{"error":{"message":"context too long"}}', /context too long/],
  ])('rejects %s', (body, reason) => {
    expect(() => parseChatCompletion(body)).toThrow(BadResponseError);
    expect(() => parseChatCompletion(body)).toThrow(reason);
  });

  it.each([
    [{ error: { message: 'm1' } }, 'm1'],
    [{ error: 'm2' }, 'm2'],
    [{ detail: 'm3' }, 'm3'],
    [{ other: 1 }, null],
    ['text', null],
  ])('finds the server error message in %j', (body, expected) => {
    expect(serverErrorMessage(body)).toBe(expected);
  });
});

describe('usage and cost', () => {
  const messages = [{ role: 'user' as const, content: 'x'.repeat(40) }];
  it('keeps reported counts and estimates only the missing ones', () => {
    expect(toLlmUsage({ prompt_tokens: 5, completion_tokens: 6 }, messages, 'abc')).toEqual({
      promptTokens: 5,
      completionTokens: 6,
    });
    expect(toLlmUsage({ prompt_tokens: 5 }, messages, 'abcdefgh')).toEqual({
      promptTokens: 5,
      completionTokens: 2,
      estimated: true,
    });
    expect(toLlmUsage(null, messages, '')).toEqual({
      promptTokens: 17,
      completionTokens: 0,
      estimated: true,
    });
  });

  it('prices per million tokens', () => {
    const usage = { promptTokens: 2_000_000, completionTokens: 500_000 };
    expect(costOf(usage, { promptPerMillion: 0.15, completionPerMillion: 0.6 })).toBeCloseTo(0.6, 10);
    expect(costOf(usage, undefined)).toBe(0);
  });
});
