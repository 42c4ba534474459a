import { createSseParser } from './createSseParser.ts';
import { BadResponseError, parseChatChunk } from './parseChatCompletion.ts';
import type { ParsedChunk } from './parseChatCompletion.ts';

/** What a finished stream gave: the whole text, the last usage seen (raw or null) and the model name. */
export interface StreamResult {
  text: string;
  usage: unknown;
  model: string | null;
}

/** Callbacks of {@link readChatStream}. */
export interface StreamCallbacks {
  onToken?: ((delta: string) => void) | undefined;
  /** Called on every received chunk, so an idle timeout can be pushed back. */
  onActivity: () => void;
}

/** Parses a payload; a server that separates events by single newlines gets each line read on its own. */
function parsePayload(payload: string): { chunks: ParsedChunk[]; done: boolean } {
  try {
    return { chunks: [parseChatChunk(payload)], done: false };
  } catch (error) {
    if (!payload.includes('\n')) throw error;
    const lines = payload
      .split('\n')
      .map((line) => line.replace(/^data: ?/, '').trim())
      .filter((line) => line !== '');
    const done = lines.includes('[DONE]');
    return { chunks: lines.filter((line) => line !== '[DONE]').map(parseChatChunk), done };
  }
}

/**
 * Reads an SSE chat completion stream to its end, passing each text delta to `onToken`. A stream that breaks, or
 * ends with neither `[DONE]` nor a finished choice, throws {@link BadResponseError}; abort errors pass through
 * as read errors too, and the caller tells them apart by its own signal.
 */
export async function readChatStream(
  body: ReadableStream<Uint8Array>,
  callbacks: StreamCallbacks,
): Promise<StreamResult> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parser = createSseParser();
  let text = '';
  let usage: unknown = null;
  let model: string | null = null;
  let finished = false;
  let done = false;

  const take = (payloads: string[]): void => {
    for (const payload of payloads) {
      if (payload.trim() === '[DONE]') {
        done = true;
        return;
      }
      const parsed = parsePayload(payload);
      for (const chunk of parsed.chunks) {
        if (chunk.delta !== '') {
          text += chunk.delta;
          callbacks.onToken?.(chunk.delta);
        }
        if (chunk.usage !== null) usage = chunk.usage;
        model ??= chunk.model;
        finished ||= chunk.finished;
      }
      if (parsed.done) {
        done = true;
        return;
      }
    }
  };

  try {
    while (!done) {
      let read: Awaited<ReturnType<typeof reader.read>>;
      try {
        read = await reader.read();
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new BadResponseError(`the stream was cut mid-way (${why}) after ${text.length} characters`);
      }
      callbacks.onActivity();
      if (read.done) {
        take(parser.push(decoder.decode()));
        take(parser.end());
        break;
      }
      take(parser.push(decoder.decode(read.value, { stream: true })));
    }
  } finally {
    // Stop the transfer when we return early ([DONE] or an error); a failed cancel changes nothing for us.
    reader.cancel().catch(() => undefined);
  }
  if (!done && !finished) {
    throw new BadResponseError(
      `the stream ended before the answer was complete, after ${text.length} characters`,
    );
  }
  return { text, usage, model };
}
