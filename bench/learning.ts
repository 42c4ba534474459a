/**
 * Learning benchmark (`npx tsx bench/learning.ts`): does CWRPO learn workflows that beat fixed ones, without
 * shortcuts, where plain GRPO with the finish rule off takes them?
 *
 * On the built-in suites (math, QA, code; simulated backend, default profile) it trains the tfjs policy with CWRPO
 * (finish rule on, θ = 1) within a wall-clock budget, then plain GRPO (R = c, finish rule off) with the same
 * budget, and evaluates on the fixed test splits, one episode per task: both trained policies (greedy decisions as
 * the headline, sampled beside them), the best of a handful of fixed workflows, the untrained policy and a random
 * legal policy (both sampled). GRPO and random are evaluated under
 * the rules they act with (finish rule off for GRPO), the others with the finish rule on. The last stdout line is
 * one JSON object {"cwrpo":…,"grpo":…,"bestFixed":…,"untrained":…,"random":…}.
 *
 * Environment (defaults in brackets): LEARN_SECONDS [540] budget per training run; LEARN_ITERATIONS [200]
 * iterations each (the cosine schedule's length); LEARN_BATCH [8]; LEARN_GROUP [8]; LEARN_LR [1e-3];
 * LEARN_EVAL_LIMIT [all] test tasks per suite; LEARN_SEED [1]. Smoke run: LEARN_SECONDS=20 LEARN_ITERATIONS=3
 * LEARN_EVAL_LIMIT=10.
 *
 * Both CWRPO and GRPO start with the same imitation warm start (behaviour cloning of the heuristic, our stand-in
 * for the paper's pretrained model; π_ref is frozen after it), inside the same budget: LEARN_WARM_ITERATIONS
 * [50] iterations (0: none, random init) of LEARN_WARM_BATCH [64] teacher episodes at LEARN_WARM_LR [3e-3], of
 * LEARN_TEACHER [heuristic] (or `mixed`: LEARN_QUICK_SHARE [0.5] of its episodes answer quickly, with a shortcut
 * workflow, as an untuned LLM director tends to). The teacher plays with the finish rule off in both runs, so
 * both start from the same prior. LEARN_PROFILE [default] picks the simulated profile (`strong`, `weak`).
 * LEARN_COST_LAMBDA [0] sets the optional token cost λ of SPEC §4 for both algorithms (R − λ·tokens/1000).
 * With λ = 0, a cost study follows: CWRPO and GRPO trained again with λ = LEARN_STUDY_LAMBDA [0.05] (0: skip
 * it), reported as "costStudy" in the last line.
 */
import { createHeuristicPolicy } from '../src/core/policy/createHeuristicPolicy.ts';
import { createRandomPolicy } from '../src/core/policy/createRandomPolicy.ts';
import { getSuite, SUITE_NAMES } from '../src/core/tasks/suites.ts';
import type { TrainerConfig } from '../src/core/training/trainerConfig.ts';
import { createTrainingRuntime, loadTfStack } from '../src/cli/commands/trainingRuntime.ts';
import { bestFixedWorkflow, evaluateRow, trainWithBudget } from './learningParts.ts';
import type { Row, Runtime } from './learningParts.ts';

const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : Number(raw);
};
const SECONDS = num('LEARN_SECONDS', 540);
const ITERATIONS = num('LEARN_ITERATIONS', 200);
const SEED = num('LEARN_SEED', 1);
const EVAL_LIMIT = num('LEARN_EVAL_LIMIT', Infinity);
const MAX_TURNS = 12;
const WARM_ITERATIONS = num('LEARN_WARM_ITERATIONS', 50);
const PROFILE = process.env['LEARN_PROFILE'] || 'default';
const TEACHER = process.env['LEARN_TEACHER'] === 'mixed' ? 'mixed' : 'heuristic';
const COST_LAMBDA = num('LEARN_COST_LAMBDA', 0);
const STUDY_LAMBDA = num('LEARN_STUDY_LAMBDA', 0.05);

const suites = SUITE_NAMES.map((name) => getSuite(name));
const trainTasks = suites.flatMap((s) => s.train);
const testTasks = suites.flatMap((s) => s.test.slice(0, EVAL_LIMIT));
const config = (algo: 'cwrpo' | 'grpo', costLambda: number): Partial<TrainerConfig> => ({
  algo,
  iterations: ITERATIONS,
  batchTasks: num('LEARN_BATCH', 8),
  groupSize: num('LEARN_GROUP', 8),
  seed: SEED,
  maxTurns: MAX_TURNS,
  concurrency: 4,
  costLambda,
  update: {
    clipEpsilon: 0.2,
    klBeta: 0.005,
    entropyCoef: 0,
    learningRate: num('LEARN_LR', 1e-3),
    gradClipNorm: 1,
    epochs: 2,
  },
  ...(WARM_ITERATIONS > 0
    ? {
        warmStart: {
          teacher: TEACHER,
          quickShare: num('LEARN_QUICK_SHARE', 0.5),
          iterations: WARM_ITERATIONS,
          batchTasks: num('LEARN_WARM_BATCH', 64),
          learningRate: num('LEARN_WARM_LR', 3e-3),
        },
      }
    : {}),
});

async function trained(runtime: Runtime, algo: 'cwrpo' | 'grpo', costLambda = COST_LAMBDA): Promise<Row> {
  const policy = tf.createTfPolicy({ registry: runtime.registry, seed: SEED, name: algo });
  try {
    const t = await trainWithBudget(runtime, policy, trainTasks, config(algo, costLambda), SECONDS);
    const rules = { seed: SEED, finishRule: algo === 'cwrpo', maxTurns: MAX_TURNS };
    // Sampled decisions are how the policy trained; greedy (each head's most likely value) is how it is deployed.
    const sampled = await evaluateRow(runtime, policy, testTasks, rules);
    const greedy = await evaluateRow(runtime, policy.greedy(), testTasks, rules);
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      ...greedy,
      decoding: 'greedy',
      sampled: { score: sampled.score, interval: sampled.interval, shortcutRate: sampled.shortcutRate },
      training: {
        iterations: t.iterations,
        episodes: t.episodes,
        seconds: round(t.seconds),
        episodesPerMinute: round(t.episodesPerMinute),
        ...(t.warmStart
          ? {
              warmStart: {
                iterations: t.warmStart.iterations,
                episodes: t.warmStart.episodes,
                seconds: round(t.warmStart.seconds),
                logLikelihood: Math.round(t.warmStart.meanLogLikelihood * 1000) / 1000,
                encodable: Math.round(t.warmStart.encodableRate * 1000) / 1000,
              },
            }
          : {}),
      },
    };
  } finally {
    policy.dispose();
  }
}

/** The optional cost study: both algorithms again with λ > 0 (LEARN_STUDY_LAMBDA; 0 skips it). */
interface CostStudy {
  lambda: number;
  cwrpo: Row;
  grpo: Row;
}

/** A markdown table of the rows, then each trained row's training summary. */
function printTable(rows: Record<string, Row>): void {
  console.log(`| contender | score (95% interval) | shortcut rate | turns | tokens/task | per suite |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const [name, r] of Object.entries(rows)) {
    const suitesText = Object.entries(r.perSuite)
      .map(([s, v]) => `${s.replace('builtin:', '')} ${v.toFixed(3)}`)
      .join(', ');
    const label = r.decoding ? `${name} (${r.decoding})` : name;
    console.log(
      `| ${label}${r.workflow ? ` \`${r.workflow}\`` : ''} | ${r.score.toFixed(3)} (${r.interval[0].toFixed(3)}–` +
        `${r.interval[1].toFixed(3)}) | ${r.shortcutRate.toFixed(3)} | ${r.meanTurns.toFixed(1)} | ${r.tokensPerTask} | ${suitesText} |`,
    );
    if (r.sampled)
      console.log(
        `| ${name} (sampled) | ${r.sampled.score.toFixed(3)} (${r.sampled.interval[0].toFixed(3)}–` +
          `${r.sampled.interval[1].toFixed(3)}) | ${r.sampled.shortcutRate.toFixed(3)} | | | |`,
      );
  }
  for (const [name, r] of Object.entries(rows)) {
    const t = r.training;
    if (t)
      console.log(
        `${name}: ${t.iterations} iterations, ${t.episodes} episodes in ${t.seconds} s (${t.episodesPerMinute} episodes/min)` +
          (t.warmStart
            ? `, after a warm start of ${t.warmStart.iterations} iterations (${t.warmStart.episodes} teacher episodes, ` +
              `${t.warmStart.seconds} s, log-likelihood ${t.warmStart.logLikelihood}, encodable ${t.warmStart.encodable})`
            : ''),
      );
  }
}

const tf = await loadTfStack();
const backend = tf.backend;
const runtime = createTrainingRuntime({ seed: SEED, profile: PROFILE });
process.stderr.write(
  `learning bench: backend ${backend}, profile ${PROFILE}, warm start ${WARM_ITERATIONS} × ${TEACHER}, ` +
    `${trainTasks.length} train tasks, ${testTasks.length} test tasks, budget ${SECONDS} s per run\n`,
);
try {
  const bestFixed = await bestFixedWorkflow(runtime, testTasks);
  const untrainedPolicy = tf.createUntrainedPolicy({ registry: runtime.registry, seed: SEED });
  const untrained = await evaluateRow(runtime, untrainedPolicy, testTasks, {
    seed: SEED,
    finishRule: true,
    maxTurns: MAX_TURNS,
  });
  untrainedPolicy.dispose();
  const random = await evaluateRow(runtime, createRandomPolicy(), testTasks, {
    seed: SEED,
    finishRule: true,
    maxTurns: MAX_TURNS,
  });
  const heuristic = await evaluateRow(runtime, createHeuristicPolicy(), testTasks, {
    seed: SEED,
    finishRule: true,
    maxTurns: MAX_TURNS,
  });
  const cwrpo = await trained(runtime, 'cwrpo');
  const grpo = await trained(runtime, 'grpo');
  const rows: Record<string, Row> & { costStudy?: CostStudy } = {
    cwrpo,
    grpo,
    bestFixed,
    untrained,
    random,
    heuristic,
  };
  printTable(rows);
  if (STUDY_LAMBDA > 0 && COST_LAMBDA === 0) {
    // The same two runs with the optional token cost of SPEC §4 on both rewards: a pressure towards small
    // workflows that plain R = c lacks, under which shortcuts become tempting.
    const study: CostStudy = {
      lambda: STUDY_LAMBDA,
      cwrpo: await trained(runtime, 'cwrpo', STUDY_LAMBDA),
      grpo: await trained(runtime, 'grpo', STUDY_LAMBDA),
    };
    console.log(`\nWith a token cost λ = ${STUDY_LAMBDA} per 1,000 tokens on both rewards:\n`);
    printTable({ cwrpo: study.cwrpo, grpo: study.grpo });
    rows.costStudy = study;
  }
  console.log(JSON.stringify(rows));
} finally {
  await runtime.dispose();
}
