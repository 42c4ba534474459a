/** A chat completion answer that cannot be used; `reason` is shown to the user after redaction. */
export class BadResponseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'BadResponseError';
  }
}

/** The parts of a chat completion the client uses; `usage` is the server's raw object or null. */
export interface ParsedCompletion {
  text: string;
  usage: unknown;
  model: string | null;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/** The error message a server put in an OpenAI-style `{error: {message}}` or `{error: "…"}` body, if any. */
export function serverErrorMessage(body: unknown): string | null {
  const record = asRecord(body);
  if (record === null) return null;
  const error = record['error'];
  if (typeof error === 'string') return error;
  const message = asRecord(error)?.['message'] ?? record['message'] ?? record['detail'];
  return typeof message === 'string' ? message : null;
}

/** Text of a message or delta `content`: a string, null, or an array of `{type:'text', text}` parts. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => asRecord(part)?.['text'])
    .filter((t) => typeof t === 'string')
    .join('');
}

/** Reads a non-streamed chat completion body, or throws {@link BadResponseError} saying what is wrong with it. */
export function parseChatCompletion(bodyText: string): ParsedCompletion {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    const start = bodyText.trimStart().slice(0, 60);
    throw new BadResponseError(`the answer is not JSON (it starts with ${JSON.stringify(start)})`);
  }
  const record = asRecord(body);
  const errorMessage = serverErrorMessage(body);
  if (record !== null && record['error'] !== undefined && errorMessage !== null) {
    throw new BadResponseError(`the server reported an error: ${errorMessage}`);
  }
  const choices = record?.['choices'];
  if (!Array.isArray(choices) || choices.length === 0) {
    throw new BadResponseError('the answer has no choices');
  }
  const message = asRecord(asRecord(choices[0])?.['message']);
  if (message === null) throw new BadResponseError('the first choice has no message');
  const model = record?.['model'];
  return {
    text: contentText(message['content']),
    usage: record?.['usage'] ?? null,
    model: typeof model === 'string' && model !== '' ? model : null,
  };
}

/** One parsed streaming chunk: its text delta, usage (raw or null), model, and whether a choice finished. */
export interface ParsedChunk {
  delta: string;
  usage: unknown;
  model: string | null;
  finished: boolean;
}

/** Reads one `data:` payload of a streamed completion, or throws {@link BadResponseError}. */
export function parseChatChunk(payload: string): ParsedChunk {
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    throw new BadResponseError(`a stream event is not JSON (${JSON.stringify(payload.slice(0, 60))})`);
  }
  const record = asRecord(body);
  if (record === null) throw new BadResponseError('a stream event is not a JSON object');
  const errorMessage = serverErrorMessage(body);
  if (record['error'] !== undefined && errorMessage !== null) {
    throw new BadResponseError(`the server reported an error mid-stream: ${errorMessage}`);
  }
  const choices = Array.isArray(record['choices']) ? record['choices'] : [];
  const first = asRecord(choices[0]);
  const delta = asRecord(first?.['delta']);
  const finish = first?.['finish_reason'];
  const model = record['model'];
  return {
    delta: contentText(delta?.['content']),
    usage: record['usage'] ?? null,
    model: typeof model === 'string' && model !== '' ? model : null,
    finished: typeof finish === 'string' && finish !== '',
  };
}
