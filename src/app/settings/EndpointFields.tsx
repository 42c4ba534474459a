import { useEffect, useId, useRef, useState } from 'react';
import type { EndpointSettings } from './llmSettings.ts';
import { ConnectionResultView } from './ConnectionResultView.tsx';
import { testConnection, type ConnectionResult } from './testConnection.ts';
import { validateBaseUrl } from './validateSettings.ts';

/** Props of {@link EndpointFields}. */
export interface EndpointFieldsProps {
  /** Prefixes every accessible name ("Verify base URL"), empty for the default endpoint. */
  label: string;
  value: EndpointSettings;
  onChange(next: EndpointSettings): void;
  errors: { baseUrl?: string | undefined; model?: string | undefined };
  /** Shows a field error (or clears it with undefined), e.g. a URL refused before a test. */
  onError(field: 'baseUrl' | 'model', message: string | undefined): void;
  /** What an empty key means here. */
  keyHint: string;
  /** The key actually sent when testing (an override may borrow the default key). */
  effectiveKey: string;
}

/** Base URL, model (with the endpoint's list once tested), masked key with "Show key", and Test connection. */
export function EndpointFields({
  label,
  value,
  onChange,
  errors,
  onError,
  keyHint,
  effectiveKey,
}: EndpointFieldsProps) {
  const id = useId();
  const name = (alone: string, after: string): string => (label === '' ? alone : `${label} ${after}`);
  const [showKey, setShowKey] = useState(false);
  const [result, setResult] = useState<ConnectionResult | 'testing' | null>(null);
  const [models, setModels] = useState<string[]>([]);
  const running = useRef<AbortController | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);

  // Closing the dialog stops a test still in flight.
  useEffect(() => () => running.current?.abort(), []);

  const edit = (patch: Partial<EndpointSettings>): void => {
    running.current?.abort();
    setResult(null);
    onChange({ ...value, ...patch });
  };

  const test = async (): Promise<void> => {
    const url = validateBaseUrl(value.baseUrl);
    if (!url.ok) {
      onError('baseUrl', url.message);
      setResult(null);
      urlInput.current?.focus();
      return;
    }
    onError('baseUrl', undefined);
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setResult('testing');
    const outcome = await testConnection({ ...value, apiKey: effectiveKey }, { signal: controller.signal });
    if (running.current !== controller) return;
    running.current = null;
    setResult(outcome);
    if (outcome.kind === 'ok' && outcome.models !== null) setModels(outcome.models);
  };

  return (
    <div className="settings-endpoint">
      <label htmlFor={`${id}-url`}>{name('Base URL', 'base URL')}</label>
      <input
        ref={urlInput}
        id={`${id}-url`}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="http://localhost:11434/v1"
        value={value.baseUrl}
        aria-invalid={errors.baseUrl !== undefined}
        aria-describedby={errors.baseUrl === undefined ? undefined : `${id}-url-error`}
        onChange={(e) => edit({ baseUrl: e.target.value })}
      />
      {errors.baseUrl !== undefined && (
        <p className="settings-field-error" id={`${id}-url-error`}>
          {errors.baseUrl}
        </p>
      )}
      <label htmlFor={`${id}-model`}>{name('Model', 'model')}</label>
      <input
        id={`${id}-model`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="llama3.2"
        list={models.length > 0 ? `${id}-models` : undefined}
        value={value.model}
        aria-invalid={errors.model !== undefined}
        aria-describedby={errors.model === undefined ? undefined : `${id}-model-error`}
        onChange={(e) => edit({ model: e.target.value })}
      />
      {models.length > 0 && (
        <datalist id={`${id}-models`}>
          {models.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      )}
      {errors.model !== undefined && (
        <p className="settings-field-error" id={`${id}-model-error`}>
          {errors.model}
        </p>
      )}
      <label htmlFor={`${id}-key`}>{name('API key', 'API key')}</label>
      <div className="settings-key">
        <input
          id={`${id}-key`}
          type={showKey ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={value.apiKey}
          aria-describedby={`${id}-key-hint`}
          onChange={(e) => edit({ apiKey: e.target.value })}
        />
        <button type="button" aria-pressed={showKey} onClick={() => setShowKey((v) => !v)}>
          {label === '' ? 'Show key' : `Show ${label} key`}
        </button>
      </div>
      <p className="settings-hint" id={`${id}-key-hint`}>
        {keyHint}
      </p>
      <div className="settings-test">
        <button type="button" onClick={() => void test()} disabled={result === 'testing'}>
          {label === '' ? 'Test connection' : `Test ${label} connection`}
        </button>
      </div>
      <ConnectionResultView
        result={result}
        baseUrl={value.baseUrl}
        model={value.model}
        label={name('Connection test result', 'connection test result')}
      />
    </div>
  );
}
