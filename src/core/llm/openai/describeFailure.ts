import { assertNever } from '../../util/assertNever.ts';
import { LlmError } from './LlmError.ts';
import { serverErrorMessage } from './parseChatCompletion.ts';
import type { HttpFailure } from './sendWithRetry.ts';

/** What the message needs to know about the call; `redact` removes every secret from text. */
export interface FailureContext {
  /** Base URL without user info, as shown to the user. */
  display: string;
  /** `chat` for completions, `models` for the model list. */
  operation: 'chat' | 'models';
  model: string;
  hasKey: boolean;
  timeoutMs: number;
  redact: (text: string) => string;
}

const MAX_SERVER_TEXT = 300;

/** The server's own explanation from an error body, shortened; HTML pages and empty bodies give nothing. */
function serverSays(bodyText: string): string {
  let message: string | null = null;
  try {
    message = serverErrorMessage(JSON.parse(bodyText));
  } catch {
    const trimmed = bodyText.trim();
    message = trimmed !== '' && !trimmed.startsWith('<') ? trimmed : null;
  }
  if (message === null || message.trim() === '') return '';
  const short = message.length > MAX_SERVER_TEXT ? `${message.slice(0, MAX_SERVER_TEXT)}…` : message;
  return `: ${short.trim()}`;
}

const causeText = (cause: unknown): string => {
  const inner = cause instanceof Error ? (cause.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof inner?.code === 'string' ? `, ${inner.code}` : '';
  return cause instanceof Error ? `${cause.message}${code}` : String(cause);
};

function httpMessage(
  failure: Extract<HttpFailure, { kind: 'http' }>,
  ctx: FailureContext,
): [LlmError['code'], string] {
  const { status, attempts } = failure;
  const where = `The endpoint at ${ctx.display}`;
  const says = serverSays(failure.bodyText);
  const tries = attempts === 1 ? '' : ` on all ${attempts} attempts`;
  if (status === 401 || status === 403) {
    const key = ctx.hasKey
      ? 'Check the API key in the settings, that it belongs to this provider, and that it may use this model.'
      : 'No API key is set: this endpoint needs one; add it in the settings.';
    return ['E_ENDPOINT_AUTH', `${where} rejected the key (HTTP ${status}${says}). ${key}`];
  }
  if (status === 404 && ctx.operation === 'models') {
    const fix =
      'Check the base URL: OpenAI-compatible servers usually serve it under /v1 (e.g. http://localhost:11434/v1).';
    return ['E_ENDPOINT_REQUEST', `${where} has no model list at ${ctx.display}/models (HTTP 404). ${fix}`];
  }
  if (status === 404) {
    const fix = `Pick a model the endpoint lists (GET ${ctx.display}/models, or the model list in the settings); if the base URL lacks /v1, add it.`;
    return ['E_ENDPOINT_MODEL', `${where} does not know the model "${ctx.model}" (HTTP 404${says}). ${fix}`];
  }
  if (status === 429) {
    const fix = 'Wait a minute, run fewer calls in parallel, or raise the account limits.';
    return ['E_ENDPOINT_RATE_LIMIT', `${where} is rate limiting (HTTP 429${says})${tries}. ${fix}`];
  }
  if (status === 408) {
    return [
      'E_ENDPOINT_TIMEOUT',
      `${where} timed out the request (HTTP 408)${tries}. Try again or raise its limits.`,
    ];
  }
  if (status >= 500 || status === 409) {
    const fix =
      'The server may be overloaded, still loading the model, or crashed: check its logs and try again.';
    return ['E_ENDPOINT_SERVER', `${where} failed with HTTP ${status}${says}${tries}. ${fix}`];
  }
  const fix =
    'The prompt may be too long for the model, or a setting (temperature, max tokens, extra headers) not accepted.';
  return ['E_ENDPOINT_REQUEST', `${where} refused the request (HTTP ${status}${says}). ${fix}`];
}

function wording(failure: HttpFailure, ctx: FailureContext): [LlmError['code'], string] {
  const path = ctx.operation === 'chat' ? '/chat/completions' : '/models';
  switch (failure.kind) {
    case 'http':
      return httpMessage(failure, ctx);
    case 'network': {
      const tries = failure.attempts === 1 ? '' : ` (${failure.attempts} attempts)`;
      return [
        'E_ENDPOINT_UNREACHABLE',
        `Could not reach ${ctx.display}${path}${tries}: ${causeText(failure.cause)}. Check that the server is running ` +
          'and that the base URL is right, as the server documents it (Ollama: http://localhost:11434/v1, LM Studio: ' +
          'http://localhost:1234/v1). From the browser the server must also allow this page (CORS): start Ollama ' +
          'with OLLAMA_ORIGINS set to this page’s origin (or *), or switch on "Enable CORS" in LM Studio’s server ' +
          'settings.',
      ];
    }
    case 'timeout':
      return [
        'E_ENDPOINT_TIMEOUT',
        `The endpoint at ${ctx.display} sent nothing for ${ctx.timeoutMs} ms. Raise the timeout in the settings or ` +
          'pick a faster model; a local server may still be loading the model.',
      ];
    case 'aborted':
      return ['E_ABORTED', `The call to ${ctx.display} was stopped.`];
    case 'bad':
      return [
        'E_ENDPOINT_BAD_RESPONSE',
        `The endpoint at ${ctx.display} sent an unusable answer: ${failure.reason}. Check that the base URL points ` +
          'to an OpenAI-compatible API (usually ending in /v1); if it does, the server may have crashed mid-answer.',
      ];
    default:
      return assertNever(failure, 'HTTP failure');
  }
}

/** Words a failure as an {@link LlmError} a user can act on, with every secret redacted from the message. */
export function describeFailure(failure: HttpFailure, ctx: FailureContext): LlmError {
  const [code, message] = wording(failure, ctx);
  const status = failure.kind === 'http' || failure.kind === 'bad' ? failure.status : null;
  // A network error's cause comes from fetch and holds no header; other causes could hold server text.
  const cause = failure.kind === 'network' ? failure.cause : undefined;
  return new LlmError(code, ctx.redact(message), { status, attempts: failure.attempts, cause });
}
