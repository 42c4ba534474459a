import type { ChatMessage } from '../../ports/LlmClient.ts';
import { hashString } from '../../util/hash.ts';

/** What a real endpoint sees of a call, and so all that a recorded answer may depend on. */
export interface ReplayKeyInput {
  backendId: string;
  messages: readonly ChatMessage[];
  temperature: number | undefined;
  maxTokens: number | undefined;
}

/** The model named in a backend id (`openai:<url>#<model>`), or '' when the id names none. */
export function modelOfBackendId(backendId: string): string {
  const hash = backendId.lastIndexOf('#');
  return hash === -1 ? '' : backendId.slice(hash + 1);
}

const hex = (n: number): string => n.toString(16).padStart(14, '0');

/**
 * The cache key of a call: two independent 53-bit hashes of a canonical JSON of backend, model, messages,
 * temperature and max tokens, so collisions stay negligible even in large stores. Hints are not part of it.
 */
export function replayKey(input: ReplayKeyInput): string {
  const canonical = JSON.stringify([
    input.backendId,
    modelOfBackendId(input.backendId),
    input.messages.map((m) => [m.role, m.content]),
    input.temperature ?? null,
    input.maxTokens ?? null,
  ]);
  return hex(hashString(canonical, 0)) + hex(hashString(canonical, 0x9e3779b9));
}
