import type { DecisionRecord, EpisodeBatchItem } from '../policy/types.ts';

/** Added to the group's standard deviation (SPEC §5). */
export const ADVANTAGE_EPSILON = 1e-6;
/** Below this standard deviation a group is treated as having no variance: it teaches nothing. */
export const ZERO_VARIANCE = 1e-9;

/** Group-relative advantages of one group, and whether the group carries any signal. */
export interface GroupAdvantages {
  advantages: number[];
  mean: number;
  std: number;
  /** False when every reward is equal (or a reward is not finite): all advantages are 0. */
  informative: boolean;
}

/**
 * Â_i = (R_i − mean) / (std + 1e-6) within one group, with the population standard deviation. A group of equal
 * rewards gets zeros, and so does a group with a non-finite reward, so a NaN never reaches the loss.
 */
export function groupAdvantages(rewards: readonly number[]): GroupAdvantages {
  const n = rewards.length;
  const zeros = (mean: number, std: number): GroupAdvantages => ({
    advantages: rewards.map(() => 0),
    mean,
    std,
    informative: false,
  });
  if (n === 0 || rewards.some((r) => !Number.isFinite(r))) return zeros(Number.NaN, Number.NaN);
  const mean = rewards.reduce((a, b) => a + b, 0) / n;
  const std = Math.sqrt(rewards.reduce((a, r) => a + (r - mean) ** 2, 0) / n);
  if (std < ZERO_VARIANCE) return zeros(mean, std);
  return {
    advantages: rewards.map((r) => (r - mean) / (std + ADVANTAGE_EPSILON)),
    mean,
    std,
    informative: true,
  };
}

/** One group's episodes as the batch builder needs them. */
export interface GroupEpisodes {
  rewards: readonly number[];
  decisions: readonly (readonly DecisionRecord[])[];
}

/**
 * The update batch of an iteration: one item per episode of an informative group that made at least one
 * recorded decision. Zero-variance groups contribute nothing (SPEC §5).
 */
export function toBatchItems(groups: readonly GroupEpisodes[]): EpisodeBatchItem[] {
  const items: EpisodeBatchItem[] = [];
  for (const group of groups) {
    const { advantages, informative } = groupAdvantages(group.rewards);
    if (!informative) continue;
    advantages.forEach((advantage, i) => {
      const decisions = group.decisions[i] ?? [];
      if (decisions.length > 0) items.push({ decisions: [...decisions], advantage });
    });
  }
  return items;
}
