import { useId } from 'react';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import { resolveOverride } from '../llm/createAppLlm.ts';
import { EndpointFields } from './EndpointFields.tsx';
import type { LlmSettings } from './llmSettings.ts';
import type { SettingsErrors } from './validateSettings.ts';

/** Props of {@link OperatorOverrides}. */
export interface OperatorOverridesProps {
  registry: OperatorRegistry;
  draft: LlmSettings;
  onChange(overrides: LlmSettings['overrides']): void;
  errors: SettingsErrors;
  onError(path: string, message: string | undefined): void;
}

/** Per-operator endpoints (e.g. Verify on a stronger model): each LLM operator uses the default or its own. */
export function OperatorOverrides({ registry, draft, onChange, errors, onError }: OperatorOverridesProps) {
  const id = useId();
  const operators = registry.list().filter((def) => def.descriptor.needsLlm);
  const count = Object.keys(draft.overrides).length;
  const set = (type: string, own: boolean): void => {
    const next = { ...draft.overrides };
    if (own) next[type] = { baseUrl: draft.endpoint.baseUrl, model: draft.endpoint.model, apiKey: '' };
    else delete next[type];
    onChange(next);
  };
  return (
    <details className="settings-overrides" open={count > 0}>
      <summary>Per-operator overrides ({count === 0 ? 'none' : `${count} set`})</summary>
      <p className="settings-hint">
        Send one operator’s calls elsewhere, e.g. Verify to a stronger model. An empty key borrows the default
        key only when the base URL is the same, so a key never goes to a server it was not typed for.
      </p>
      <ul>
        {operators.map((def) => {
          const override = draft.overrides[def.type];
          return (
            <li key={def.type}>
              <div className="settings-override-row">
                <label htmlFor={`${id}-${def.type}`}>{def.type}</label>
                <select
                  id={`${id}-${def.type}`}
                  aria-label={`Endpoint for ${def.type}`}
                  value={override === undefined ? 'default' : 'own'}
                  onChange={(e) => set(def.type, e.target.value === 'own')}
                >
                  <option value="default">Use default</option>
                  <option value="own">Own endpoint</option>
                </select>
              </div>
              {override !== undefined && (
                <EndpointFields
                  label={def.type}
                  value={override}
                  onChange={(next) => onChange({ ...draft.overrides, [def.type]: next })}
                  errors={{
                    baseUrl: errors[`overrides.${def.type}.baseUrl`],
                    model: errors[`overrides.${def.type}.model`],
                  }}
                  onError={(field, message) => onError(`overrides.${def.type}.${field}`, message)}
                  keyHint="Empty: the default key, on the same base URL only."
                  effectiveKey={resolveOverride(draft, def.type)?.apiKey ?? override.apiKey}
                />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
