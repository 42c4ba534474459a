import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import { createHeuristicPolicy } from '../../core/policy/createHeuristicPolicy.ts';
import { createRandomPolicy } from '../../core/policy/createRandomPolicy.ts';
import type { Policy, PolicyArtifacts } from '../../core/policy/types.ts';
import type { LoadedPolicy, PolicyCatalog, PolicyChoice } from './PolicyCatalog.ts';

/** What the catalog needs from tfjs; loaded lazily (see loadTfPolicyFactory.ts). */
export interface TfPolicyFactory {
  /** The tfjs backend in use (`wasm`, or `cpu` when wasm cannot start). */
  backend: string;
  untrained(registry: OperatorRegistry, seed: number): Policy & { dispose(): void };
  fromCheckpoint(
    registry: OperatorRegistry,
    artifacts: PolicyArtifacts,
    name: string,
  ): Policy & { dispose(): void };
}

/** What {@link createPolicyCatalog} needs. */
export interface PolicyCatalogDeps {
  registry: OperatorRegistry;
  /** Saved checkpoints (IndexedDB in the page); without it only the built-ins are offered. */
  checkpoints?: CheckpointStore;
  /** Loads tfjs on first use; defaults to a dynamic import of loadTfPolicyFactory.ts. */
  loadTf?: () => Promise<TfPolicyFactory>;
}

/** The prefix of checkpoint ids (`checkpoint:iter-0040`). */
export const CHECKPOINT_PREFIX = 'checkpoint:';

const BUILT_INS: readonly PolicyChoice[] = [
  { id: 'heuristic', label: 'Heuristic (hand-written rules)', hasTopActions: true },
  { id: 'random', label: 'Random legal actions', hasTopActions: false },
  { id: 'untrained', label: 'Untrained network (tfjs)', hasTopActions: true },
];

const noDispose = (policy: Policy): LoadedPolicy => ({ policy, dispose: () => undefined });

/**
 * The policies the page offers: heuristic and random (no tfjs), the untrained tfjs network, and every
 * checkpoint the store holds as `checkpoint:<name>`. tfjs loads only when a tfjs policy is first loaded.
 */
export function createPolicyCatalog(deps: PolicyCatalogDeps): PolicyCatalog {
  const { registry, checkpoints } = deps;
  let tf: Promise<TfPolicyFactory> | null = null;
  const loadTf = (): Promise<TfPolicyFactory> => {
    if (tf) return tf;
    const load =
      deps.loadTf ?? (() => import('./loadTfPolicyFactory.ts').then((m) => m.loadTfPolicyFactory()));
    const attempt = load();
    tf = attempt;
    // A failed load (say, a wasm file that did not arrive) may succeed on the next try.
    attempt.catch(() => {
      if (tf === attempt) tf = null;
    });
    return attempt;
  };
  const tfjs = (make: (factory: TfPolicyFactory) => Policy & { dispose(): void }) =>
    loadTf().then((factory): LoadedPolicy => {
      const policy = make(factory);
      return { policy, dispose: () => policy.dispose(), backend: factory.backend };
    });

  return {
    async list() {
      let saved: string[] = [];
      try {
        saved = checkpoints ? await checkpoints.list() : [];
      } catch {
        // An unreadable store still leaves the built-ins to watch.
        saved = [];
      }
      return [
        ...BUILT_INS,
        ...saved.map((name) => ({
          id: `${CHECKPOINT_PREFIX}${name}`,
          label: `Checkpoint ${name}`,
          hasTopActions: true,
        })),
      ];
    },
    async load(id, seed) {
      if (id === 'heuristic') return noDispose(createHeuristicPolicy());
      if (id === 'random') return noDispose(createRandomPolicy());
      if (id === 'untrained') return tfjs((f) => f.untrained(registry, seed));
      if (id.startsWith(CHECKPOINT_PREFIX)) {
        const name = id.slice(CHECKPOINT_PREFIX.length);
        if (!checkpoints) throw new Error(`No checkpoint store: cannot load checkpoint "${name}".`);
        let artifacts: PolicyArtifacts;
        try {
          artifacts = await checkpoints.load(name);
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          throw new Error(`Checkpoint "${name}" could not be read: ${why}`);
        }
        return tfjs((f) => f.fromCheckpoint(registry, artifacts, name));
      }
      throw new Error(`Unknown policy "${id}": pick heuristic, random, untrained or a saved checkpoint.`);
    },
  };
}
