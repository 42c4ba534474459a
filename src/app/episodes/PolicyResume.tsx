import { useEffect, useState } from 'react';
import type { EpisodeActor } from '../../core/episodes/types.ts';
import { CHECKPOINT_PREFIX } from '../policies/createPolicyCatalog.ts';
import type { PolicyChoice } from '../policies/PolicyCatalog.ts';
import type { EpisodeWorkbench } from './createEpisodeWorkbench.ts';
import { useEpisodeServices } from './EpisodeServicesContext.tsx';

/** The actor a catalog choice records as: its policy's name, with checkpoint and seed. */
export function actorOf(choiceId: string, policyName: string, seed: number): EpisodeActor {
  return choiceId.startsWith(CHECKPOINT_PREFIX)
    ? { kind: 'policy', name: policyName, checkpoint: choiceId.slice(CHECKPOINT_PREFIX.length), seed }
    : { kind: 'policy', name: policyName, seed };
}

/** Picks a policy from the catalog (same or another checkpoint) and a seed, and lets it play the rest. */
export function PolicyResume({
  workbench,
  busy,
  initial,
}: {
  workbench: EpisodeWorkbench;
  busy: boolean;
  initial?: EpisodeActor;
}) {
  const services = useEpisodeServices();
  const [choices, setChoices] = useState<PolicyChoice[]>([]);
  // The policy that played the original, so "same checkpoint, another seed" is one change away.
  const [choice, setChoice] = useState(
    initial?.kind !== 'policy'
      ? 'heuristic'
      : initial.checkpoint
        ? `${CHECKPOINT_PREFIX}${initial.checkpoint}`
        : initial.name,
  );
  const [seed, setSeed] = useState(typeof initial?.seed === 'number' ? initial.seed : 1);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void services?.catalog.list().then((list) => {
      if (!live) return;
      setChoices(list);
      setChoice((c) => (list.some((x) => x.id === c) ? c : 'heuristic'));
    });
    return () => {
      live = false;
    };
  }, [services]);
  const known = choices.some((c) => c.id === choice);
  const resume = async () => {
    if (!services) return;
    setError(null);
    setLoading(true);
    try {
      const loaded = await services.catalog.load(choice, seed);
      setLoading(false);
      try {
        await workbench.resume(loaded.policy, seed, actorOf(choice, loaded.policy.name, seed));
      } finally {
        loaded.dispose();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="episode-resume">
      <label>
        Policy{' '}
        <select aria-label="Policy" value={known ? choice : ''} onChange={(e) => setChoice(e.target.value)}>
          {known ? null : <option value="">{choices.length === 0 ? 'Loading…' : 'Pick a policy'}</option>}
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Seed{' '}
        <input
          aria-label="Seed"
          type="number"
          value={seed}
          onChange={(e) => setSeed(Math.floor(Number(e.target.value) || 0))}
        />
      </label>
      <button type="button" onClick={() => void resume()} disabled={busy || loading || !known || !services}>
        {loading ? 'Loading policy…' : 'Resume with policy'}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
