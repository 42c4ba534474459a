import { useStore, type StoreApi } from 'zustand';
import { SIM_PROFILE_NAMES, SIM_PROFILES } from '../../core/llm/simulated/simProfiles.ts';
import type { ContenderOption } from './contenderCatalog.ts';
import { TASK_SETS, type EvaluationSessionState } from './createEvaluationSession.ts';

export interface EvaluationSetupFormProps {
  session: StoreApi<EvaluationSessionState>;
  yours: readonly ContenderOption[];
  baselines: readonly ContenderOption[];
  /** Options that cannot be picked now (an empty canvas), with the reason. */
  disabled: ReadonlyMap<string, string>;
  runs: number;
  onRun(): void;
  /** The user's imported datasets, offered after the built-in suites (value: the set's id). */
  imported?: readonly { suite: string; label: string }[];
}

function ContenderList({
  title,
  options,
  selected,
  disabled,
  toggle,
  empty,
}: {
  title: string;
  options: readonly ContenderOption[];
  selected: ReadonlySet<string>;
  disabled: ReadonlyMap<string, string>;
  toggle(id: string): void;
  empty?: string;
}) {
  return (
    <fieldset className="evaluation-contenders">
      <legend>{title}</legend>
      {options.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      {options.map((o) => {
        const reason = disabled.get(o.id);
        return (
          <div key={o.id} className="evaluation-option">
            <label>
              <input
                type="checkbox"
                checked={selected.has(o.id) && reason === undefined}
                disabled={reason !== undefined}
                aria-describedby={`evaluation-desc-${o.id}`}
                onChange={() => toggle(o.id)}
              />{' '}
              {o.label}
            </label>
            <code id={`evaluation-desc-${o.id}`} className="evaluation-option-detail muted">
              {reason ?? o.description}
            </code>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The left column: task sets with their limits, contenders by group, seed and profile, Run and Cancel. */
export function EvaluationSetupForm(props: EvaluationSetupFormProps) {
  const { session } = props;
  const setup = useStore(session, (s) => s.setup);
  const running = useStore(session, (s) => s.phase === 'running');
  const setSetup = session.getState().setSetup;
  const selected = new Set(setup.contenders);
  const toggle = (id: string): void =>
    setSetup({
      contenders: selected.has(id) ? setup.contenders.filter((c) => c !== id) : [...setup.contenders, id],
    });
  const setSet = (suite: string, patch: Partial<{ selected: boolean; limit: number }>): void => {
    const current = setup.sets[suite] ?? { selected: false, limit: 30 };
    setSetup({ sets: { ...setup.sets, [suite]: { ...current, ...patch } } });
  };
  return (
    <form
      className="evaluation-setup"
      aria-label="Evaluation setup"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun();
      }}
    >
      <fieldset>
        <legend>Task sets (test splits)</legend>
        {[...TASK_SETS.map((suite) => ({ suite, label: suite })), ...(props.imported ?? [])].map(
          ({ suite, label }) => {
            const set = setup.sets[suite] ?? { selected: false, limit: 30 };
            return (
              <div key={suite} className="evaluation-set">
                <label>
                  <input
                    type="checkbox"
                    checked={set.selected}
                    onChange={(e) => setSet(suite, { selected: e.target.checked })}
                  />{' '}
                  {label}
                </label>
                <label className="muted">
                  first{' '}
                  <input
                    type="number"
                    aria-label={`Tasks from ${label}`}
                    min={1}
                    max={1000}
                    value={set.limit}
                    onChange={(e) =>
                      setSet(suite, { limit: Math.max(1, Math.floor(Number(e.target.value) || 1)) })
                    }
                  />{' '}
                  tasks
                </label>
              </div>
            );
          },
        )}
      </fieldset>
      <ContenderList
        title="Yours"
        options={props.yours}
        selected={selected}
        disabled={props.disabled}
        toggle={toggle}
      />
      <p className="muted evaluation-hint">
        {props.yours.length > 1
          ? 'Checkpoints are those the trainer saved in this browser.'
          : 'No saved checkpoints yet: checkpoints the trainer saves appear here.'}
      </p>
      <ContenderList
        title="Baselines"
        options={props.baselines}
        selected={selected}
        disabled={props.disabled}
        toggle={toggle}
      />
      <fieldset className="evaluation-settings">
        <legend>Backend</legend>
        <label>
          Seed{' '}
          <input
            type="number"
            aria-label="Seed"
            value={setup.seed}
            onChange={(e) => setSetup({ seed: Math.floor(Number(e.target.value) || 0) })}
          />
        </label>
        <label>
          Simulated profile{' '}
          <select
            aria-label="Simulated profile"
            value={setup.profile}
            onChange={(e) => setSetup({ profile: e.target.value })}
          >
            {SIM_PROFILE_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <p className="muted evaluation-hint">{SIM_PROFILES[setup.profile]?.description}</p>
      </fieldset>
      <div className="evaluation-actions">
        <button type="submit" className="evaluation-run" disabled={running || props.runs === 0}>
          Run evaluation
        </button>
        <button type="button" disabled={!running} onClick={() => session.getState().cancel()}>
          Cancel evaluation
        </button>
      </div>
      <p className="muted evaluation-hint" data-testid="evaluation-size">
        {props.runs === 0 ? 'Pick a task set and a contender.' : `${props.runs} runs (contenders × tasks)`}
      </p>
    </form>
  );
}
