import type { LlmClient, LlmRequest, LlmResponse } from '../../ports/LlmClient.ts';
import { LlmError } from '../openai/LlmError.ts';
import { replayKey } from './replayKey.ts';
import type { ReplayEntry, ReplayStore } from './ReplayStore.ts';

/**
 * `record`: every call goes to the backend once per run and is stored (replacing older entries); `replay`: only
 * the store answers, a missing entry is an error; `auto`: the store answers when it can, else the backend.
 */
export type ReplayMode = 'record' | 'replay' | 'auto';

/** Options of {@link createRecordReplayLlm}. */
export interface RecordReplayOptions {
  /** The backend id to key on when `inner` is null and the store holds several backends. */
  backendId?: string;
}

const aborted = (): LlmError => new LlmError('E_ABORTED', 'The call was stopped.');

/** Waits for a shared promise but gives up at once when this caller's own signal aborts. */
function waitUnlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The backend id to key on: the wrapped client's, the option, or the one backend the store was recorded with. */
function resolveBackendId(inner: LlmClient | null, store: ReplayStore, options: RecordReplayOptions): string {
  if (inner !== null) return inner.id;
  if (options.backendId !== undefined) return options.backendId;
  const ids = store.backendIds();
  return ids.length === 1 && ids[0] !== undefined ? ids[0] : 'replay:unknown';
}

/**
 * Wraps a backend with a record/replay cache keyed on what a real endpoint sees (backend id, model, messages,
 * temperature, max tokens — never the hints), so identical requests get identical answers and a recorded run
 * replays with no network and no cost. A stored answer is handed to `onToken` whole. The wrapper keeps the
 * backend's id so node caches agree between recording and replaying.
 */
export function createRecordReplayLlm(
  inner: LlmClient | null,
  store: ReplayStore,
  mode: ReplayMode,
  options: RecordReplayOptions = {},
): LlmClient {
  if (mode === 'record' && inner === null) {
    throw new Error('Record mode needs a backend to record from; pass the client, or use replay mode.');
  }
  const backendId = resolveBackendId(inner, store, options);
  const recordedThisRun = new Set<string>();
  const inFlight = new Map<string, Promise<LlmResponse>>();

  const fromStore = (entry: ReplayEntry, request: LlmRequest): LlmResponse => {
    if (entry.text !== '') request.onToken?.(entry.text);
    return { text: entry.text, usage: { ...entry.usage }, model: entry.model, costUsd: 0 };
  };

  const miss = (request: LlmRequest, key: string): LlmError => {
    return new LlmError(
      'E_REPLAY_MISS',
      `The replay cache has no answer for the ${request.operator} call (purpose "${request.purpose}", prompt ` +
        `${request.promptKey}, key ${key}) on ${backendId}. The recording was made with another workflow, prompt, ` +
        `task or settings: record it again (mode "record" or "auto") against the endpoint.`,
    );
  };

  async function complete(request: LlmRequest): Promise<LlmResponse> {
    if (request.signal?.aborted === true) throw aborted();
    const key = replayKey({
      backendId,
      messages: request.messages,
      temperature: request.temperature,
      maxTokens: request.maxTokens,
    });
    const stored = mode === 'record' && !recordedThisRun.has(key) ? undefined : store.get(key);
    if (stored !== undefined) return fromStore(stored, request);
    if (mode === 'replay' || inner === null) throw miss(request, key);

    const pending = inFlight.get(key);
    if (pending !== undefined) {
      try {
        const shared = await waitUnlessAborted(pending, request.signal);
        return fromStore({ backendId, ...shared }, request);
      } catch (error) {
        // The first caller stopping its own call must not stop this one: ask the backend ourselves.
        const otherStopped =
          error instanceof LlmError && error.code === 'E_ABORTED' && !request.signal?.aborted;
        if (!otherStopped) throw error;
      }
    }
    const call = inner.complete(request).then((response) => {
      const { text, usage, model, costUsd } = response;
      store.set(key, { backendId, text, usage: { ...usage }, model, costUsd });
      recordedThisRun.add(key);
      return response;
    });
    inFlight.set(key, call);
    try {
      return await call;
    } finally {
      if (inFlight.get(key) === call) inFlight.delete(key);
    }
  }

  return { id: backendId, complete };
}
