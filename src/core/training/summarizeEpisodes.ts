import { operatorNodes } from '../graph/workflowQueries.ts';
import type { EpisodeResult } from './runEpisode.ts';

/** Means and rates over a set of episodes (SPEC §4's per-iteration log). */
export interface EpisodeSummary {
  episodes: number;
  /** Mean of the rewards given (the trained reward: R for CWRPO, c for GRPO). */
  meanReward: number;
  meanCorrectness: number;
  /** Share of episodes whose answer credit was released (R_div ≥ θ). */
  releaseRate: number;
  /** Share of episodes ending with < 5 operators, no structure or no checker. */
  shortcutRate: number;
  /** Share of episodes ended by an accepted finish (the rest hit the turn limit). */
  finishRate: number;
  meanTurns: number;
  meanTokens: number;
  /** Operators in the final workflows, counted over all episodes (loop bodies once). */
  operatorHistogram: Record<string, number>;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** Summarises episodes; `rewards` are the trained rewards in the same order (defaults to R of SPEC §4). */
export function summarizeEpisodes(
  episodes: readonly EpisodeResult[],
  rewards: readonly number[] = episodes.map((e) => e.reward.total),
): EpisodeSummary {
  const rate = (flag: (e: EpisodeResult) => boolean): number => mean(episodes.map((e) => (flag(e) ? 1 : 0)));
  const operatorHistogram: Record<string, number> = {};
  for (const episode of episodes) {
    for (const node of operatorNodes(episode.workflow))
      operatorHistogram[node.operator] = (operatorHistogram[node.operator] ?? 0) + 1;
  }
  return {
    episodes: episodes.length,
    meanReward: mean(rewards),
    meanCorrectness: mean(episodes.map((e) => e.correctness)),
    releaseRate: rate((e) => e.reward.released),
    shortcutRate: rate((e) => e.shortcut),
    finishRate: rate((e) => e.finishReason === 'finish'),
    meanTurns: mean(episodes.map((e) => e.turns)),
    meanTokens: mean(episodes.map((e) => e.tokens)),
    operatorHistogram,
  };
}
