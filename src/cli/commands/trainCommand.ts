import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { TfPolicy } from '../../core/policy/createTfPolicy.ts';
import { createTrainer } from '../../core/training/createTrainer.ts';
import { resolveTrainerConfig, trainingRules } from '../../core/training/trainerConfig.ts';
import type { TrainerAlgo, TrainerConfig } from '../../core/training/trainerConfig.ts';
import { readTrainerState } from '../../core/training/trainerState.ts';
import type { IterationStats, TrainerState } from '../../core/training/trainerTypes.ts';
import { assertNever } from '../../core/util/assertNever.ts';
import type { CliCommand, CliIo } from '../CliIo.ts';
import { intFlag, parseCliArgs, UsageError } from '../parseCliArgs.ts';
import { createTrainingRuntime, loadTfStack, resolveSuites } from './trainingRuntime.ts';
import type { TfStack } from './trainingRuntime.ts';

const ALGOS: readonly TrainerAlgo[] = ['cwrpo', 'grpo'];

function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} must be a non-negative number, got "${value}"`);
  return n;
}

const text = (s: IterationStats): string =>
  `it ${String(s.iteration).padStart(4)}  R ${s.meanReward.toFixed(3)}  c ${s.meanCorrectness.toFixed(3)}  ` +
  `release ${s.releaseRate.toFixed(2)}  shortcut ${s.shortcutRate.toFixed(2)}  turns ${s.meanTurns.toFixed(1)}  ` +
  `loss ${s.loss.toFixed(4)}  kl ${s.kl.toFixed(4)}  ${s.seconds.toFixed(1)} s` +
  (s.skippedUpdate ? `  (no update: ${s.skippedUpdate})` : '');

/** Reads a checkpoint folder to resume from: the policy with its π_ref and optimiser, and the trainer state. */
async function loadResume(tf: TfStack, dir: string, registry: OperatorRegistry) {
  const artifacts = await tf.loadCheckpointFolder(dir);
  const state = readTrainerState(artifacts);
  if (!state) throw new UsageError(`${dir} holds a policy but no trainer state: it cannot be resumed.`);
  return { policy: tf.loadTfPolicy({ registry, artifacts }), state };
}

/** `train`: CWRPO (or the GRPO ablation) on a suite's train split with the simulated backend and the tfjs policy. */
export const trainCommand: CliCommand = {
  name: 'train',
  summary: 'Train the tfjs policy with CWRPO or GRPO on the simulated backend',
  help: `Usage: npm run cli -- train --suite <SUITE> --iterations N [options]

Trains the tfjs policy (wasm backend) on the train split of the suite(s): each iteration samples B tasks, plays
G episodes of each, and makes one update. Same seed, same run.

Options:
  --suite <SUITE>        builtin:math | builtin:qa | builtin:code, a comma-separated list, or all
  --iterations <N>       iterations (one update each)
  --group <G>            episodes per task (default 8)
  --batch <B>            tasks per iteration (default 8)
  --algo <cwrpo|grpo>    cwrpo: diversity reward with conditional release, finish rule on (default);
                         grpo: plain reward R = c, finish rule off
  --grouping <task|dataset>  a group is G samples of one task (default) or G tasks of one dataset
  --theta <θ>            release threshold (default 1); --theta-start/--theta-end: a linear schedule over the run
  --theta-start <θ>      --theta-end <θ>
  --lr <RATE>            base learning rate (default 0.001; 10 warm-up iterations, then cosine decay)
  --max-turns <N>        turns per episode (default 12)
  --warm-start <N>       first clone the heuristic policy for N iterations (behaviour cloning), then train;
                         π_ref is the warm-started policy (default 0: start from the random initial weights)
  --teacher <heuristic|mixed>  what the warm start clones: the heuristic (default), or mixed: half of its episodes
                         answer quickly with a shortcut workflow, as an untuned LLM director tends to
  --seed <S>             seed of everything (default 1)
  --profile <NAME>       simulated-backend profile (default: default)
  --out <DIR>            write checkpoints to DIR/iter-NNNN (every --checkpoint-every iterations and at the end)
                         and the final policy to DIR/final (model.json + weights.bin)
  --checkpoint-every <N> default 10 when --out is given
  --resume <DIR>         continue from a checkpoint folder (its config wins; --iterations may extend it)
  --json                 one JSON line per iteration, then a summary line
  --help                 show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, {
      suite: { type: 'string' },
      iterations: { type: 'string' },
      group: { type: 'string' },
      batch: { type: 'string' },
      algo: { type: 'string' },
      grouping: { type: 'string' },
      theta: { type: 'string' },
      'theta-start': { type: 'string' },
      'theta-end': { type: 'string' },
      lr: { type: 'string' },
      'max-turns': { type: 'string' },
      'warm-start': { type: 'string' },
      teacher: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'string' },
      out: { type: 'string' },
      'checkpoint-every': { type: 'string' },
      resume: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    });
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    const suites = resolveSuites(flags.suite);
    if (flags.iterations === undefined && flags.resume === undefined)
      throw new UsageError('--iterations is required');
    const algo = flags.algo ?? 'cwrpo';
    if (!ALGOS.includes(algo as TrainerAlgo))
      throw new UsageError(`--algo must be cwrpo or grpo, got "${algo}"`);
    const grouping = flags.grouping ?? 'task';
    if (grouping !== 'task' && grouping !== 'dataset')
      throw new UsageError(`--grouping must be task or dataset, got "${grouping}"`);
    const iterations = intFlag(flags.iterations, 'iterations', 0);
    const seed = intFlag(flags.seed, 'seed', 1);
    const thetaStart = numberFlag(flags['theta-start'], 'theta-start');
    const thetaEnd = numberFlag(flags['theta-end'], 'theta-end');
    if ((thetaStart === undefined) !== (thetaEnd === undefined))
      throw new UsageError('--theta-start and --theta-end go together');
    const theta = numberFlag(flags.theta, 'theta');
    const lr = numberFlag(flags.lr, 'lr');
    const warmIterations = intFlag(flags['warm-start'], 'warm-start', 0);
    const teacher = flags.teacher ?? 'heuristic';
    if (teacher !== 'heuristic' && teacher !== 'mixed')
      throw new UsageError(`--teacher must be heuristic or mixed, got "${teacher}"`);
    const config: Partial<TrainerConfig> = {
      algo: algo as TrainerAlgo,
      iterations,
      batchTasks: intFlag(flags.batch, 'batch', 8),
      groupSize: intFlag(flags.group, 'group', 8),
      grouping,
      seed,
      maxTurns: intFlag(flags['max-turns'], 'max-turns', 12),
      checkpointEvery: flags.out ? intFlag(flags['checkpoint-every'], 'checkpoint-every', 10) : 0,
      ...(theta !== undefined ? { theta } : {}),
      ...(thetaStart !== undefined && thetaEnd !== undefined
        ? { thetaSchedule: { start: thetaStart, end: thetaEnd, iterations } }
        : {}),
      ...(lr !== undefined ? { update: { ...resolveTrainerConfig({}).update, learningRate: lr } } : {}),
      ...(warmIterations > 0
        ? { warmStart: { teacher, iterations: warmIterations, learningRate: 3e-3 } }
        : {}),
    };
    const tf = await loadTfStack();
    const runtime = createTrainingRuntime({ seed, ...(flags.profile ? { profile: flags.profile } : {}) });
    let policy: TfPolicy | null = null;
    try {
      let resumeFrom: TrainerState | undefined;
      if (flags.resume) {
        const loaded = await loadResume(tf, flags.resume, runtime.registry);
        policy = loaded.policy;
        const extended = flags.iterations === undefined ? {} : { iterations };
        resumeFrom = { ...loaded.state, config: { ...loaded.state.config, ...extended } };
      } else {
        policy = tf.createTfPolicy({
          registry: runtime.registry,
          seed,
          rules: trainingRules(resolveTrainerConfig(config)),
          name: algo,
        });
      }
      return await train(io, {
        tf,
        policy,
        runtime,
        config,
        tasks: suites.flatMap((s) => s.train),
        suite: suites.map((s) => s.name).join(','),
        json: flags.json === true,
        ...(flags.out ? { out: flags.out } : {}),
        ...(resumeFrom ? { resumeFrom } : {}),
      });
    } finally {
      policy?.dispose();
      await runtime.dispose();
    }
  },
};

async function train(
  io: CliIo,
  o: {
    tf: TfStack;
    policy: TfPolicy;
    runtime: ReturnType<typeof createTrainingRuntime>;
    config: Partial<TrainerConfig>;
    tasks: Parameters<typeof createTrainer>[0]['tasks'];
    suite: string;
    json: boolean;
    out?: string;
    resumeFrom?: TrainerState;
  },
): Promise<number> {
  const store = o.out ? o.tf.createFileCheckpointStore(o.out) : undefined;
  const trainer = createTrainer({
    config: o.config,
    policy: o.policy,
    tasks: o.tasks,
    createEnv: o.runtime.createEnv,
    registry: o.runtime.registry,
    clock: o.runtime.clock,
    ...(store ? { checkpointStore: store } : {}),
    ...(o.resumeFrom ? { resumeFrom: o.resumeFrom } : {}),
  });
  // Ctrl-C stops after a final checkpoint instead of losing the run.
  const onSignal = (): void => trainer.stop();
  process.once('SIGINT', onSignal);
  const recent: IterationStats[] = [];
  let lastCheckpoint: string | null = null;
  try {
    for await (const event of trainer.run()) {
      switch (event.type) {
        case 'iterationFinished': {
          const { type: _type, ...stats } = event;
          recent.push(stats);
          if (recent.length > 10) recent.shift();
          io.out(o.json ? JSON.stringify({ type: 'iteration', ...stats }) : text(stats));
          break;
        }
        case 'checkpointSaved':
          lastCheckpoint = event.name;
          if (!o.json) io.out(`checkpoint ${o.out}/${event.name}`);
          break;
        case 'updateSkipped':
          io.err(`iteration ${event.iteration}: update skipped (${event.reason})`);
          break;
        case 'trainingFinished': {
          if (store) await store.save('final', await o.policy.saveArtifacts({ trainer: trainer.state() }));
          const mean = (f: (s: IterationStats) => number): number =>
            recent.length === 0 ? 0 : recent.reduce((a, s) => a + f(s), 0) / recent.length;
          const summary = {
            type: 'summary',
            reason: event.reason,
            suite: o.suite,
            algo: o.config.algo,
            iterations: event.iterations,
            episodes: event.totalEpisodes,
            seconds: event.seconds,
            episodesPerMinute: event.episodesPerMinute,
            secondsPerIteration: mean((s) => s.seconds),
            last10: {
              meanReward: mean((s) => s.meanReward),
              meanCorrectness: mean((s) => s.meanCorrectness),
              releaseRate: mean((s) => s.releaseRate),
              shortcutRate: mean((s) => s.shortcutRate),
              meanTurns: mean((s) => s.meanTurns),
            },
            checkpoint: lastCheckpoint && o.out ? `${o.out}/${lastCheckpoint}` : null,
            policy: o.out ? `${o.out}/final` : null,
          };
          io.out(
            o.json
              ? JSON.stringify(summary)
              : `done: ${event.iterations} iterations, ${event.totalEpisodes} episodes in ${event.seconds.toFixed(1)} s ` +
                  `(${event.episodesPerMinute.toFixed(0)} episodes/min)${o.out ? `; policy in ${o.out}/final` : ''}`,
          );
          break;
        }
        case 'warmStartFinished':
          io.err(
            `warm start (${event.teacher}): ${event.iterations} iterations, ${event.decisions} decisions, ` +
              `log-likelihood ${event.meanLogLikelihood.toFixed(3)}, encodable ${event.encodableRate.toFixed(3)}`,
          );
          break;
        case 'trainingStarted':
        case 'episodeSampled':
        case 'evaluationFinished':
        case 'paused':
        case 'resumed':
        case 'trainingFailed':
          break;
        default:
          return assertNever(event, 'trainer event');
      }
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
  }
}
