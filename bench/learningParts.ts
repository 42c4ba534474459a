/**
 * Pieces of the learning benchmark (bench/learning.ts): fixed-workflow baselines, policy evaluation rows and
 * training runs with a wall-clock budget. Progress goes to stderr so stdout stays the report.
 */
import type { Policy, TrainablePolicy } from '../src/core/policy/types.ts';
import { isShortcut } from '../src/core/rewards/isShortcut.ts';
import type { Task } from '../src/core/tasks/types.ts';
import { evaluateFixedWorkflow } from './evaluateFixedWorkflow.ts';
import { createTrainer } from '../src/core/training/createTrainer.ts';
import { evaluatePolicy } from '../src/core/training/evaluatePolicy.ts';
import type { PolicyEvaluation } from '../src/core/training/evaluatePolicy.ts';
import type { ImitationResult } from '../src/core/training/imitationWarmStart.ts';
import type { TrainerConfig } from '../src/core/training/trainerConfig.ts';
import type { IterationStats } from '../src/core/training/trainerTypes.ts';
import type { createTrainingRuntime } from '../src/cli/commands/trainingRuntime.ts';

/** The runtime every part shares (one simulated backend, one sandbox, one node cache). */
export type Runtime = ReturnType<typeof createTrainingRuntime>;

/** One row of the comparison: what the last JSON line reports per contender. */
export interface Row {
  score: number;
  interval: [number, number];
  shortcutRate: number;
  meanTurns: number;
  tokensPerTask: number;
  perSuite: Record<string, number>;
  n: number;
  workflow?: string;
  training?: {
    iterations: number;
    episodes: number;
    seconds: number;
    episodesPerMinute: number;
    /** The imitation warm start before RL (LEARN_WARM_ITERATIONS), when there was one. */
    warmStart?: {
      iterations: number;
      episodes: number;
      seconds: number;
      logLikelihood: number;
      encodable: number;
    };
  };
  /** How a trained policy decided in this row (`greedy`); the sampled evaluation is kept beside it. */
  decoding?: 'greedy' | 'sampled';
  sampled?: { score: number; interval: [number, number]; shortcutRate: number };
  topWorkflows?: Record<string, string>;
}

const log = (text: string): void => void process.stderr.write(`${text}\n`);
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The fixed workflows tried for "best fixed": SPEC §6's baselines and the paper's example shapes. */
export const FIXED_WORKFLOWS: readonly string[] = [
  'Custom',
  'AnswerGenerate',
  'Custom -> Format',
  'Programmer -> Verify ? Revise : done -> Format',
  'Programmer -> Test -> Format',
  'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  'Plan -> (Programmer -> Test) * 2 -> Format',
  'Decompose -> [AnswerGenerate, Custom, AnswerGenerate] -> ScEnsemble -> Verify ? Revise : done -> Format',
];

/** Every fixed workflow over the test tasks; returns the best one's row (by mean score over all tasks). */
export async function bestFixedWorkflow(runtime: Runtime, tasks: readonly Task[]): Promise<Row> {
  let best: Row | null = null;
  for (const dsl of FIXED_WORKFLOWS) {
    const { report, workflow } = await evaluateFixedWorkflow(runtime, dsl, tasks);
    const row: Row = {
      score: round(report.score),
      interval: [round(report.interval.low), round(report.interval.high)],
      shortcutRate: isShortcut(workflow, runtime.registry) ? 1 : 0,
      meanTurns: 0,
      tokensPerTask: Math.round(report.tokens.total / Math.max(1, report.n)),
      perSuite: Object.fromEntries(Object.entries(report.perSuite).map(([s, v]) => [s, round(v.mean)])),
      n: report.n,
      workflow: dsl,
    };
    log(`fixed  ${row.score.toFixed(3)}  ${dsl}`);
    if (!best || row.score > best.score) best = row;
  }
  return best as Row;
}

/** A policy evaluation as a report row. */
export function toRow(e: PolicyEvaluation): Row {
  return {
    score: round(e.score),
    interval: [round(e.interval.low), round(e.interval.high)],
    shortcutRate: round(e.shortcutRate),
    meanTurns: round(e.meanTurns),
    tokensPerTask: Math.round(e.tokens / Math.max(1, e.n)),
    perSuite: Object.fromEntries(Object.entries(e.perSuite).map(([s, p]) => [s, round(p.score)])),
    n: e.n,
    topWorkflows: Object.fromEntries(
      Object.entries(e.perSuite).map(([s, p]) => [s, p.topWorkflows[0]?.workflow ?? '']),
    ),
  };
}

/** Evaluates a policy once per test task under the given finish rule. */
export async function evaluateRow(
  runtime: Runtime,
  policy: Policy,
  tasks: readonly Task[],
  options: { seed: number; finishRule: boolean; maxTurns: number },
): Promise<Row> {
  const t0 = performance.now();
  const e = await evaluatePolicy({
    policy,
    tasks,
    createEnv: runtime.freshEnvFactory(),
    registry: runtime.registry,
    rules: { finishRule: options.finishRule },
    maxTurns: options.maxTurns,
    seed: `bench:${options.seed}`,
    concurrency: 4,
  });
  const row = toRow(e);
  log(
    `eval   ${policy.name.padEnd(10)} score ${row.score.toFixed(3)} shortcuts ${row.shortcutRate.toFixed(3)} ` +
      `turns ${row.meanTurns.toFixed(1)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  return row;
}

/** Trains a policy until its iterations are done or the wall-clock budget is spent. */
export async function trainWithBudget(
  runtime: Runtime,
  policy: TrainablePolicy,
  tasks: readonly Task[],
  config: Partial<TrainerConfig>,
  budgetSeconds: number,
): Promise<{
  iterations: number;
  episodes: number;
  seconds: number;
  episodesPerMinute: number;
  last: IterationStats[];
  warmStart?: ImitationResult;
}> {
  const trainer = createTrainer({
    config,
    policy,
    tasks,
    createEnv: runtime.createEnv,
    registry: runtime.registry,
    clock: runtime.clock,
    onWarmStartProgress: (p) => {
      if (p.iteration % 5 === 0 || p.iteration === 1)
        log(
          `warm   ${config.algo} it ${p.iteration} log-lik ${p.meanLogLikelihood.toFixed(3)} ` +
            `encodable ${p.encodableRate.toFixed(3)} ${p.seconds.toFixed(1)} s/it`,
        );
    },
  });
  const t0 = performance.now();
  const recent: IterationStats[] = [];
  let result = { iterations: 0, episodes: 0, seconds: 0, episodesPerMinute: 0 };
  let warmStart: ImitationResult | undefined;
  for await (const e of trainer.run()) {
    if (e.type === 'warmStartFinished') {
      const { type: _type, teacher: _teacher, ...rest } = e;
      warmStart = rest;
      log(
        `warm   ${config.algo} done: ${e.iterations} iterations, ${e.episodes} episodes, ${e.decisions} decisions, ` +
          `log-lik ${e.meanLogLikelihood.toFixed(3)}, encodable ${e.encodableRate.toFixed(3)}, ${e.seconds.toFixed(0)} s`,
      );
    }
    if (e.type === 'iterationFinished') {
      recent.push(e);
      if (recent.length > 10) recent.shift();
      if (e.iteration % 10 === 0 || e.iteration === 1)
        log(
          `train  ${config.algo} it ${e.iteration} R ${e.meanReward.toFixed(3)} c ${e.meanCorrectness.toFixed(3)} ` +
            `release ${e.releaseRate.toFixed(2)} shortcut ${e.shortcutRate.toFixed(2)} turns ${e.meanTurns.toFixed(1)} ` +
            `kl ${e.kl.toFixed(4)} ${e.seconds.toFixed(1)} s/it`,
        );
      if ((performance.now() - t0) / 1000 > budgetSeconds) trainer.stop();
    }
    if (e.type === 'updateSkipped') log(`train  update skipped at ${e.iteration}: ${e.reason}`);
    if (e.type === 'trainingFinished')
      result = {
        iterations: e.iterations,
        episodes: e.totalEpisodes,
        seconds: e.seconds,
        episodesPerMinute: e.episodesPerMinute,
      };
  }
  return { ...result, last: recent, ...(warmStart ? { warmStart } : {}) };
}
