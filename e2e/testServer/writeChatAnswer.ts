import type { ServerResponse } from 'node:http';
import type { ScriptStep } from './TestServerScript.ts';
import { countUsage } from './TestServerScript.ts';

/** What writing an answer needs: the request body, the reply, the step and a wait that the server can cancel. */
export interface AnswerContext {
  res: ServerResponse;
  body: unknown;
  reply: string;
  step: ScriptStep;
  model: string;
  id: string;
  /** Resolves true after `ms`, or false once the server or the connection closed. */
  wait: (ms: number) => Promise<boolean>;
  headers: Record<string, string>;
}

/** The reply in stream-sized pieces: words with their trailing space, concatenating back to the exact text. */
export function splitTokens(reply: string): string[] {
  return reply.match(/\S+\s*|\s+/g) ?? [];
}

const created = (): number => Math.floor(Date.now() / 1000);

/** Closes the connection mid-answer, after what was written so far has been sent (a destroy would drop it). */
function cut(res: ServerResponse): void {
  if (res.socket === null) res.destroy();
  else res.socket.end();
}

/** Writes a non-streamed chat completion (or its malformed or cut variant). */
export function writeJsonAnswer(ctx: AnswerContext): void {
  const { res, step } = ctx;
  if (step.malformed === true) {
    res.writeHead(200, { ...ctx.headers, 'Content-Type': 'application/json' });
    res.end(`{"id":"${ctx.id}","object":"chat.completion","choices":[{"message":{"content":"trunc`);
    return;
  }
  const answer = {
    id: ctx.id,
    object: 'chat.completion',
    created: created(),
    model: ctx.model,
    choices: [{ index: 0, message: { role: 'assistant', content: ctx.reply }, finish_reason: 'stop' }],
    ...(step.omitUsage === true ? {} : { usage: countUsage(ctx.body, ctx.reply) }),
  };
  const text = JSON.stringify(answer);
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(200, {
    ...ctx.headers,
    'Content-Type': 'application/json',
    'Content-Length': String(bytes.length),
  });
  if (step.cutAfterChunks !== undefined) {
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    cut(res);
    return;
  }
  res.end(bytes);
}

/** Writes a streamed chat completion over SSE, honouring the step's delays, cut and malformed event. */
export async function writeStreamAnswer(ctx: AnswerContext): Promise<void> {
  const { res, step } = ctx;
  res.writeHead(200, {
    ...ctx.headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  });
  const base = { id: ctx.id, object: 'chat.completion.chunk', created: created(), model: ctx.model };
  const send = (data: unknown): void => {
    res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
  };
  send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  let sent = 0;
  for (const token of splitTokens(ctx.reply)) {
    if (step.cutAfterChunks !== undefined && sent >= step.cutAfterChunks) {
      cut(res);
      return;
    }
    if (step.chunkDelayMs !== undefined && !(await ctx.wait(step.chunkDelayMs))) return;
    send({ ...base, choices: [{ index: 0, delta: { content: token }, finish_reason: null }] });
    sent++;
    if (step.malformed === true) break;
  }
  if (step.malformed === true) send('{"choices":[{"delta":{"content":"oops');
  if (step.cutAfterChunks !== undefined) {
    cut(res);
    return;
  }
  send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  const options = (ctx.body as { stream_options?: { include_usage?: unknown } } | null)?.stream_options;
  if (options?.include_usage === true && step.omitUsage !== true) {
    send({ ...base, choices: [], usage: countUsage(ctx.body, ctx.reply) });
  }
  send('[DONE]');
  res.end();
}
