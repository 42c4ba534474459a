import type { LlmClient, LlmPurpose, LlmRequest, LlmResponse, LlmUsage } from '../ports/LlmClient.ts';

/** A scripted reply: fixed text, texts consumed in order, or a function of the request and its index per purpose. */
export type FakeReply =
  string | readonly string[] | ((request: LlmRequest, index: number) => string | Promise<string>);

/** Replies per purpose; `default` answers purposes the script does not name. */
export type FakeLlmScript = Partial<Record<LlmPurpose | 'default', FakeReply>>;

/** An LlmClient for tests: scripted replies, every request recorded, usage counted. */
export interface FakeLlm extends LlmClient {
  /** Every request, in call order. */
  readonly requests: LlmRequest[];
  /** Requests of one purpose, in call order. */
  callsFor(purpose: LlmPurpose): LlmRequest[];
  /** Summed usage over all calls (about 4 characters per token). */
  readonly usage: LlmUsage & { calls: number };
}

const tokens = (text: string): number => Math.ceil(text.length / 4);

const abortError = (): Error => {
  const error = new Error('The run was stopped.');
  error.name = 'AbortError';
  return error;
};

/**
 * Creates a fake LLM. A purpose with no script (and no `default`), or an array that has run out, throws, so a
 * test notices an unexpected call instead of receiving an invented reply.
 */
export function createFakeLlm(script: FakeLlmScript = {}, options: { id?: string } = {}): FakeLlm {
  const requests: LlmRequest[] = [];
  const perPurpose = new Map<string, number>();
  const usage = { promptTokens: 0, completionTokens: 0, calls: 0 };

  const reply = async (request: LlmRequest, index: number): Promise<string> => {
    const entry = script[request.purpose] ?? script.default;
    if (entry === undefined) throw new Error(`FakeLlm: no reply scripted for purpose "${request.purpose}"`);
    if (typeof entry === 'string') return entry;
    if (typeof entry === 'function') return entry(request, index);
    const text = entry[index];
    if (text === undefined) {
      throw new Error(`FakeLlm: only ${entry.length} replies scripted for purpose "${request.purpose}"`);
    }
    return text;
  };

  return {
    id: options.id ?? 'fake:llm',
    requests,
    usage,
    callsFor: (purpose) => requests.filter((r) => r.purpose === purpose),
    async complete(request: LlmRequest): Promise<LlmResponse> {
      if (request.signal?.aborted) throw abortError();
      requests.push(request);
      const index = perPurpose.get(request.purpose) ?? 0;
      perPurpose.set(request.purpose, index + 1);
      const text = await reply(request, index);
      const callUsage = {
        promptTokens: tokens(request.messages.map((m) => m.content).join('\n')),
        completionTokens: tokens(text),
      };
      usage.promptTokens += callUsage.promptTokens;
      usage.completionTokens += callUsage.completionTokens;
      usage.calls++;
      request.onToken?.(text);
      return { text, usage: callUsage, model: 'fake', costUsd: 0 };
    },
  };
}
