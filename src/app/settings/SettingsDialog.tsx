import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeProfile } from '../../core/llm/simulated/describeProfile.ts';
import { getSimProfile } from '../../core/llm/simulated/simProfiles.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { toLlmSettings } from './createSettingsStore.ts';
import { EndpointFields } from './EndpointFields.tsx';
import { SIM_PROFILE_CHOICES, type LlmSettings, type SimProfileChoice } from './llmSettings.ts';
import { OperatorOverrides } from './OperatorOverrides.tsx';
import { useSettingsStoreApi } from './SettingsStoreContext.tsx';
import { validateSettings, type SettingsErrors } from './validateSettings.ts';

const FOCUSABLE = 'button, input, select, textarea, summary, [href], [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the dialog: past the last control it wraps to the first, and back. */
function trapTab(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab') return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('disabled') && el.offsetParent !== null,
  );
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  onClose(): void;
}

/**
 * The modal Settings dialog: backend, simulated profile, endpoint with Test connection, timeout and retries,
 * per-operator overrides and "Remember on this device". Edits a draft; Save validates and applies it.
 */
export function SettingsDialog({ onClose }: SettingsDialogProps) {
  const store = useSettingsStoreApi();
  const registry = useAppStore((s) => s.registry);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<LlmSettings>(() => toLlmSettings(store.getState()));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const storageError = store.getState().storageError;

  // No close on cleanup: StrictMode's trial unmount would fire "close" and shut the dialog it is about to reopen.
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  // Every way out (Cancel, Save, Escape) closes natively first, so the page is no longer inert when the "close"
  // event hands control back and focus returns to the Settings button.
  const close = (): void => {
    if (dialog.current?.open) dialog.current.close();
    else onClose();
  };
  const patch = (next: Partial<LlmSettings>): void => setDraft((d) => ({ ...d, ...next }));
  const setError = (path: string, message: string | undefined): void =>
    setErrors((e) => {
      const next = { ...e };
      if (message === undefined) delete next[path];
      else next[path] = message;
      return next;
    });

  const save = (): void => {
    const found = validateSettings(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    store.getState().apply({
      ...draft,
      endpoint: {
        ...draft.endpoint,
        baseUrl: draft.endpoint.baseUrl.trim(),
        model: draft.endpoint.model.trim(),
      },
    });
    close();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    // The studio's shortcuts (Delete, Ctrl+Z, Escape stops a run…) listen on the window: not while this is open.
    e.stopPropagation();
    trapTab(e);
  };

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby={`${id}-title`}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(e) => {
          // Never a real submission: a GET form would put every field, the key included, in the page URL.
          e.preventDefault();
          save();
        }}
      >
        <h2 id={`${id}-title`}>Settings</h2>
        <fieldset className="settings-backend">
          <legend>LLM backend</legend>
          <label>
            <input
              type="radio"
              name={`${id}-backend`}
              checked={draft.backend === 'simulated'}
              onChange={() => patch({ backend: 'simulated' })}
            />
            Simulated (offline, no key)
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-backend`}
              checked={draft.backend === 'openai-compatible'}
              onChange={() => patch({ backend: 'openai-compatible' })}
            />
            OpenAI-compatible endpoint
          </label>
        </fieldset>
        {draft.backend === 'simulated' ? (
          <section className="settings-section" aria-label="Simulated backend">
            <label htmlFor={`${id}-profile`}>Simulated profile</label>
            <select
              id={`${id}-profile`}
              value={draft.simProfile}
              onChange={(e) => patch({ simProfile: e.target.value as SimProfileChoice })}
            >
              {SIM_PROFILE_CHOICES.map((name) => (
                <option key={name} value={name}>
                  {name}: {getSimProfile(name).description}
                </option>
              ))}
            </select>
            <details>
              <summary>What the profile’s parameters mean</summary>
              <pre className="settings-profile">{describeProfile(getSimProfile(draft.simProfile))}</pre>
            </details>
          </section>
        ) : (
          <section className="settings-section" aria-label="Endpoint">
            <EndpointFields
              label=""
              value={draft.endpoint}
              onChange={(endpoint) => patch({ endpoint })}
              errors={{ baseUrl: errors['endpoint.baseUrl'], model: errors['endpoint.model'] }}
              onError={(field, message) => setError(`endpoint.${field}`, message)}
              keyHint="Sent only in the Authorization header; never in a file, the URL or the console. Empty: no key."
              effectiveKey={draft.endpoint.apiKey}
            />
            <div className="settings-limits">
              <label htmlFor={`${id}-timeout`}>Timeout (seconds)</label>
              <input
                id={`${id}-timeout`}
                type="number"
                min={1}
                max={600}
                value={draft.timeoutMs / 1000}
                aria-invalid={errors['timeoutMs'] !== undefined}
                onChange={(e) => patch({ timeoutMs: Math.round(Number(e.target.value) * 1000) })}
              />
              <label htmlFor={`${id}-retries`}>Retries</label>
              <input
                id={`${id}-retries`}
                type="number"
                min={0}
                max={10}
                value={draft.maxRetries}
                aria-invalid={errors['maxRetries'] !== undefined}
                onChange={(e) => patch({ maxRetries: Number(e.target.value) })}
              />
            </div>
            {(errors['timeoutMs'] ?? errors['maxRetries']) !== undefined && (
              <p className="settings-field-error">{errors['timeoutMs'] ?? errors['maxRetries']}</p>
            )}
            <OperatorOverrides
              registry={registry}
              draft={draft}
              onChange={(overrides) => patch({ overrides })}
              errors={errors}
              onError={setError}
            />
          </section>
        )}
        <div className="settings-remember">
          <label>
            <input
              type="checkbox"
              checked={draft.remember}
              aria-describedby={`${id}-remember-hint`}
              onChange={(e) => patch({ remember: e.target.checked })}
            />
            Remember on this device
          </label>
          <p className="settings-hint" id={`${id}-remember-hint`}>
            {draft.remember
              ? 'Saved in this browser’s local storage, API keys included (unencrypted): anyone using this browser profile can read them. Untick and save to erase them.'
              : 'Not ticked: the settings and keys stay in memory only, and a reload forgets them.'}
          </p>
          {storageError !== null && <p className="settings-field-error">{storageError}</p>}
        </div>
        <div className="settings-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="settings-primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
