import type { Policy } from '../../core/policy/types.ts';

/** One policy the user can pick (watch, fork-and-resume, evaluate). */
export interface PolicyChoice {
  /** `heuristic`, `random`, `untrained`, or `checkpoint:<name>` for a saved checkpoint. */
  id: string;
  label: string;
  /** Whether the policy can report its top actions (tfjs policies can). */
  hasTopActions: boolean;
}

/** A loaded policy; `dispose` frees tfjs memory when the caller is done with it. */
export interface LoadedPolicy {
  policy: Policy;
  dispose(): void;
  /** The tfjs backend a tfjs policy runs on (`wasm`, or `cpu` when wasm cannot start); absent for the others. */
  backend?: string;
}

/**
 * The policies on offer in the page: built-ins always, plus the checkpoints the checkpoint store holds (listed
 * afresh each time, so a checkpoint the trainer saved a moment ago appears). tfjs loads lazily on first use.
 */
export interface PolicyCatalog {
  list(): Promise<PolicyChoice[]>;
  /** Throws an Error with a readable message when the id is unknown or the checkpoint cannot be read. */
  load(id: string, seed: number): Promise<LoadedPolicy>;
}
