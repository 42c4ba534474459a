import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionRules } from '../actions/types.ts';
import type { FinishReason } from '../canvas/events.ts';
import { printWorkflow } from '../graph/printWorkflow.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { Policy } from '../policy/types.ts';
import type { RewardOptions } from '../rewards/computeReward.ts';
import type { Task } from '../tasks/types.ts';
import { createRng } from '../util/createRng.ts';
import { createEnvPool } from './createEnvPool.ts';
import type { CreateEnv } from './createEnvPool.ts';
import { meanInterval } from './meanInterval.ts';
import type { MeanInterval } from './meanInterval.ts';
import { rollOut } from './rollOut.ts';
import type { EpisodeResult } from './runEpisode.ts';

/** Options of {@link evaluatePolicy}. */
export interface EvaluatePolicyOptions {
  policy: Policy;
  tasks: readonly Task[];
  createEnv: CreateEnv;
  registry: OperatorRegistry;
  /** The rules the policy acts under (default: the finish rule on). */
  rules?: Partial<ActionRules>;
  maxTurns?: number;
  reward?: RewardOptions;
  seed: number | string;
  /** Episodes at once (default 4); results do not depend on it. */
  concurrency?: number;
  signal?: AbortSignal;
  onEpisode?: (result: EpisodeResult, done: number) => void;
}

/** One task of an evaluation. */
export interface PolicyTaskOutcome {
  id: string;
  source: string;
  correctness: number;
  shortcut: boolean;
  turns: number;
  tokens: number;
  finishReason: FinishReason;
  /** The final workflow in the DSL. */
  workflow: string;
}

/** Score, shortcut rate and cost of a set of outcomes (the whole split or one suite). */
export interface PolicyScore {
  score: number;
  interval: MeanInterval;
  n: number;
  shortcutRate: number;
  finishRate: number;
  meanTurns: number;
  meanTokens: number;
  /** The most frequent final workflows, most frequent first (at most 3). */
  topWorkflows: { workflow: string; count: number }[];
}

/** A policy's evaluation (SPEC §6): overall and per suite or dataset, one seeded sample per task. */
export interface PolicyEvaluation extends PolicyScore {
  policy: string;
  tokens: number;
  perSuite: Record<string, PolicyScore>;
  perTask: PolicyTaskOutcome[];
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** Aggregates task outcomes into a score with its 95% interval, rates and the most common workflows. */
export function scoreOutcomes(outcomes: readonly PolicyTaskOutcome[]): PolicyScore {
  const interval = meanInterval(outcomes.map((o) => o.correctness));
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o.workflow, (counts.get(o.workflow) ?? 0) + 1);
  const topWorkflows = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([workflow, count]) => ({ workflow, count }));
  return {
    score: interval.mean,
    interval,
    n: outcomes.length,
    shortcutRate: mean(outcomes.map((o) => (o.shortcut ? 1 : 0))),
    finishRate: mean(outcomes.map((o) => (o.finishReason === 'finish' ? 1 : 0))),
    meanTurns: mean(outcomes.map((o) => o.turns)),
    meanTokens: mean(outcomes.map((o) => o.tokens)),
    topWorkflows,
  };
}

/**
 * Runs a policy once per task and scores the final answers. Each task's stream is forked from the seed and the
 * task id, so a task's outcome does not depend on which other tasks are evaluated or in what order.
 */
export async function evaluatePolicy(options: EvaluatePolicyOptions): Promise<PolicyEvaluation> {
  const rules: ActionRules = { ...DEFAULT_ACTION_RULES, ...options.rules };
  const root = createRng(options.seed);
  const envs = createEnvPool(options.createEnv, {
    rules,
    ...(options.maxTurns !== undefined ? { maxTurns: options.maxTurns } : {}),
    size: Math.max(1, Math.min(options.concurrency ?? 4, options.tasks.length)),
  });
  let done = 0;
  const results = await rollOut({
    jobs: options.tasks.map((task) => ({ task, rng: root.fork(`eval:${task.id}`) })),
    envs,
    policy: options.policy,
    registry: options.registry,
    rules,
    ...(options.reward ? { reward: options.reward } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onEpisode: (result) => options.onEpisode?.(result, ++done),
  });
  const perTask = results.map((r): PolicyTaskOutcome => ({
    id: r.taskId,
    source: r.source,
    correctness: r.correctness,
    shortcut: r.shortcut,
    turns: r.turns,
    tokens: r.tokens,
    finishReason: r.finishReason,
    workflow: printWorkflow(r.workflow, options.registry),
  }));
  const sources = [...new Set(perTask.map((o) => o.source))].sort();
  const perSuite = Object.fromEntries(
    sources.map((s) => [s, scoreOutcomes(perTask.filter((o) => o.source === s))]),
  );
  return {
    policy: options.policy.name,
    ...scoreOutcomes(perTask),
    tokens: perTask.reduce((a, o) => a + o.tokens, 0),
    perSuite,
    perTask,
  };
}
