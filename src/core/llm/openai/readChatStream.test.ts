import { describe, expect, it } from 'vitest';
import { BadResponseError } from './parseChatCompletion.ts';
import { readChatStream } from './readChatStream.ts';

const streamOf = (chunks: string[]): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
};
const delta = (content: string, finish: string | null = null): string =>
  `data: ${JSON.stringify({ model: 'm1', choices: [{ delta: { content }, finish_reason: finish }] })}\n\n`;

const read = (chunks: string[], tokens: string[] = []) =>
  readChatStream(streamOf(chunks), { onToken: (t) => tokens.push(t), onActivity: () => undefined });

describe('readChatStream', () => {
  it('joins deltas split anywhere across reads, and keeps the last usage', async () => {
    const text =
      delta('Hel') +
      delta('lo') +
      `data: {"choices":[],"usage":{"prompt_tokens":3}}\n\n` +
      'data: [DONE]\n\n';
    const tokens: string[] = [];
    const result = await read([text.slice(0, 7), text.slice(7, 50), text.slice(50)], tokens);
    expect(result).toEqual({ text: 'Hello', usage: { prompt_tokens: 3 }, model: 'm1' });
    expect(tokens).toEqual(['Hel', 'lo']);
  });

  it('decodes multi-byte characters split between reads', async () => {
    const bytes = new TextEncoder().encode(delta('né ✓') + 'data: [DONE]\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const result = await readChatStream(body, { onActivity: () => undefined });
    expect(result.text).toBe('né ✓');
  });

  it('accepts a stream that finished its choice but sent no [DONE]', async () => {
    expect((await read([delta('a'), delta('', 'stop')])).text).toBe('a');
  });

  it('accepts events separated by single newlines', async () => {
    const text = `${delta('a').trim()}\n${delta('b').trim()}\ndata: [DONE]\n\n`;
    expect((await read([text])).text).toBe('ab');
  });

  it.each([
    ['ends with neither [DONE] nor a finish reason', [delta('a')]],
    ['holds an event that is not JSON', [delta('a'), 'data: {oops\n\n']],
    ['reports an error mid-stream', [delta('a'), 'data: {"error":{"message":"overloaded"}}\n\n']],
  ])('rejects a stream that %s', async (_why, chunks) => {
    await expect(read(chunks)).rejects.toBeInstanceOf(BadResponseError);
  });

  it('turns a read failure into a cut-stream error', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(delta('a')));
        controller.error(new TypeError('terminated'));
      },
    });
    await expect(readChatStream(body, { onActivity: () => undefined })).rejects.toThrow(/cut mid-way/);
  });
});
