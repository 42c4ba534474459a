import { assertNever } from '../../core/util/assertNever.ts';
import { CorsAdvice } from './CorsAdvice.tsx';
import type { ConnectionFailure, ConnectionResult } from './testConnection.ts';

/** Props of {@link ConnectionResultView}. */
export interface ConnectionResultViewProps {
  result: ConnectionResult | 'testing' | null;
  baseUrl: string;
  model: string;
  /** Tells apart the status regions of the default endpoint and of each override. */
  label: string;
}

function failureTitle(reason: ConnectionFailure, status: number | null, code: string): string {
  const http = status === null ? '' : `HTTP ${status} · `;
  switch (reason) {
    case 'auth':
      return `${http}Wrong API key: the server rejected it`;
    case 'url':
      return `${http}Wrong base URL: no OpenAI-compatible API answers there`;
    case 'model':
      return `${http}Unknown model: the server does not offer it`;
    case 'network':
      return 'Network failure: the browser could not reach the server';
    case 'timeout':
      return 'Timeout: the server did not answer in time';
    case 'aborted':
      return 'Test stopped';
    case 'other':
      return `${http === '' ? `${code} · ` : http}The server refused the test`;
    default:
      return assertNever(reason, 'connection failure');
  }
}

function Outcome({ result, baseUrl, model }: { result: ConnectionResult; baseUrl: string; model: string }) {
  if (result.kind === 'invalid') return <p className="settings-fail">{result.message}</p>;
  if (result.kind === 'ok') {
    const listed = result.models;
    const missing = listed !== null && model.trim() !== '' && !listed.includes(model.trim());
    return (
      <div className="settings-ok">
        <p>
          <strong>Connected</strong> in {result.latencyMs} ms.{' '}
          {result.modelAnswered
            ? `The model “${model.trim()}” answered.`
            : 'Pick a model from the list, then test again.'}
        </p>
        {listed === null ? (
          <p>The server offers no model list (GET /models); type the model id by hand.</p>
        ) : (
          <p>
            Models offered ({listed.length}): {listed.length === 0 ? 'none' : listed.join(', ')}
            {missing ? '. The chosen model is not among them but answered (an alias?).' : ''}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="settings-fail">
      <p>
        <strong>{failureTitle(result.reason, result.status, result.code)}</strong>{' '}
        <span className="settings-code">({result.code})</span>
      </p>
      {result.reason === 'network' ? <CorsAdvice baseUrl={baseUrl} /> : <p>{result.message}</p>}
    </div>
  );
}

/** The coded outcome of Test connection, announced politely to screen readers. */
export function ConnectionResultView({ result, baseUrl, model, label }: ConnectionResultViewProps) {
  return (
    <div className="settings-result" role="status" aria-live="polite" aria-label={label}>
      {result === 'testing' && <p>Testing the connection…</p>}
      {result !== null && result !== 'testing' && <Outcome result={result} baseUrl={baseUrl} model={model} />}
    </div>
  );
}
