import { sampleLegalAction } from '../actions/sampleLegalAction.ts';
import { ACTION_TYPES } from '../actions/types.ts';
import type { EpisodeBatchItem, PolicyArtifacts, TrainablePolicy, UpdateOptions } from '../policy/types.ts';
import type { UpdateStats } from '../policy/types.ts';
import { TASK_TYPES } from '../tasks/types.ts';
import { tabularGradients } from './tabularGradients.ts';

/** Options of {@link createTabularPolicy}. */
export interface TabularPolicyOptions {
  /** Initial logits, row per task type (TASK_TYPES order), column per action type (ACTION_TYPES order). */
  logits?: readonly number[];
  /** π_ref's logits (default: the initial logits). */
  reference?: readonly number[];
  /** Makes the n-th update (0-based) produce a non-finite loss, to exercise the NaN guard. */
  poisonUpdate?: (call: number) => boolean;
  name?: string;
}

const ROW = ACTION_TYPES.length;

/**
 * A tiny plain-JS trainable policy: a softmax over the action type per task type, with arguments drawn uniformly
 * from the mask. It implements the full CWRPO loss (clipped ratio, exact KL to π_ref, entropy) on that one head,
 * so trainer tests and demos run without tfjs and with exactly reproducible updates.
 */
export function createTabularPolicy(options: TabularPolicyOptions = {}): TrainablePolicy & {
  logits(): Float64Array;
  updates(): number;
} {
  const logits = new Float64Array(TASK_TYPES.length * ROW);
  if (options.logits) logits.set(options.logits.slice(0, logits.length));
  let reference = Float64Array.from(logits);
  if (options.reference) reference.set(options.reference.slice(0, reference.length));
  let calls = 0;

  return {
    name: options.name ?? 'tabular',
    logits: () => Float64Array.from(logits),
    updates: () => calls,
    async decide(input, rng) {
      const row = Math.max(0, TASK_TYPES.indexOf(input.observation.task.type));
      const legal = ACTION_TYPES.map((t) => input.mask.type[t]);
      if (!legal.some(Boolean)) return { action: { type: 'finish' } };
      const weights = legal.map((ok, j) => (ok ? Math.exp(logits[row * ROW + j] as number) : 0));
      const total = weights.reduce((a, b) => a + b, 0);
      let u = rng.next() * total;
      let choice = weights.findIndex((w) => (u -= w) < 0);
      if (choice < 0) choice = legal.lastIndexOf(true);
      const type = ACTION_TYPES[choice] ?? 'finish';
      const action = sampleLegalAction(input.mask, rng, {
        exclude: ACTION_TYPES.filter((t) => t !== type),
      }) ?? { type: 'finish' as const };
      return {
        action,
        record: {
          features: Float32Array.of(row),
          masks: Float32Array.from(legal, (ok) => (ok ? 1 : 0)),
          choices: Int32Array.of(choice),
          logProb: Math.log((weights[choice] as number) / total),
        },
      };
    },
    async update(batch: readonly EpisodeBatchItem[], opts: UpdateOptions): Promise<UpdateStats> {
      const call = calls++;
      let first: UpdateStats | null = null;
      for (let epoch = 0; epoch < Math.max(1, opts.epochs); epoch++) {
        const g = tabularGradients(logits, reference, ROW, batch, opts);
        const loss = options.poisonUpdate?.(call) ? Number.NaN : g.loss;
        if (!Number.isFinite(loss)) {
          return {
            loss,
            kl: g.kl,
            entropy: g.entropy,
            gradNorm: g.gradNorm,
            skipped: true,
            reason: 'NaN loss',
          };
        }
        const scale = g.gradNorm > opts.gradClipNorm ? opts.gradClipNorm / g.gradNorm : 1;
        for (let i = 0; i < logits.length; i++)
          logits[i] = (logits[i] as number) - opts.learningRate * scale * (g.grad[i] as number);
        first ??= { loss, kl: g.kl, entropy: g.entropy, gradNorm: g.gradNorm, skipped: false };
      }
      return first as UpdateStats;
    },
    freezeReference() {
      reference = Float64Array.from(logits);
    },
    async saveArtifacts(meta): Promise<PolicyArtifacts> {
      return {
        modelJson: {
          format: 'flowsteer-tabular-policy',
          taskTypes: TASK_TYPES,
          actionTypes: ACTION_TYPES,
          reference: Array.from(reference),
          // Where tfjs checkpoints keep the caller's metadata, so readTrainerState reads both alike.
          userDefinedMetadata: { meta },
        },
        // Float64 so a resumed run continues bit for bit.
        weights: Float64Array.from(logits).buffer,
      };
    },
    dispose() {},
  };
}

/** Rebuilds a tabular policy from its artifacts, π_ref included, so a resumed run continues exactly. */
export function loadTabularPolicy(
  artifacts: PolicyArtifacts,
  options: Omit<TabularPolicyOptions, 'logits' | 'reference'> = {},
): ReturnType<typeof createTabularPolicy> {
  const reference = artifacts.modelJson['reference'];
  if (artifacts.modelJson['format'] !== 'flowsteer-tabular-policy' || !Array.isArray(reference))
    throw new Error('These artifacts are not a tabular policy.');
  return createTabularPolicy({
    ...options,
    logits: Array.from(new Float64Array(artifacts.weights)),
    reference: reference as number[],
  });
}
