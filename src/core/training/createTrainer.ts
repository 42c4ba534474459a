import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionRules } from '../actions/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { CheckpointStore } from '../policy/CheckpointStore.ts';
import type { TrainablePolicy } from '../policy/types.ts';
import type { Clock } from '../ports/Clock.ts';
import type { Task } from '../tasks/types.ts';
import { createEnvPool } from './createEnvPool.ts';
import type { CreateEnv } from './createEnvPool.ts';
import { evaluatePolicy } from './evaluatePolicy.ts';
import { canImitate, imitate, teacherPolicy } from './imitationWarmStart.ts';
import type { ImitationProgress, ImitationResult } from './imitationWarmStart.ts';
import { EpisodeAborted } from './runEpisode.ts';
import { trainIteration } from './trainIteration.ts';
import type { IterationOutcome } from './trainIteration.ts';
import { sampleIterationEpisodes } from './sampleIterationEpisodes.ts';
import { resolveTrainerConfig, trainingRules } from './trainerConfig.ts';
import type { TrainerConfig, WarmStartConfig } from './trainerConfig.ts';
import { checkpointName } from './trainerState.ts';
import { toIterationPoint } from './trainerTypes.ts';
import type {
  IterationPoint,
  IterationStats,
  TrainerEvent,
  TrainerPhase,
  TrainerState,
  TrainerStatus,
} from './trainerTypes.ts';

/** What a trainer needs; the composition root builds the policy, the environments and the stores. */
export interface TrainerOptions {
  config: Partial<TrainerConfig>;
  policy: TrainablePolicy;
  /** The training pool (train splits only). */
  tasks: readonly Task[];
  createEnv: CreateEnv;
  registry: OperatorRegistry;
  clock: Clock;
  checkpointStore?: CheckpointStore;
  /** Tasks of the periodic evaluation (`config.evalEvery`). */
  evaluationTasks?: readonly Task[];
  /**
   * Continue a saved run (see `readTrainerState`): its config wins and its iteration count goes on. The policy
   * must already hold the checkpoint's weights, π_ref and optimiser state (the trainer freezes π_ref only on a
   * fresh start).
   */
  resumeFrom?: TrainerState;
  /** Episodes per iteration reported in an `episodeSampled` event (default 0: none), spread over the batch. */
  sampleEpisodes?: number;
  /** Called after each iteration of the imitation warm start (`config.warmStart`). */
  onWarmStartProgress?: (progress: ImitationProgress) => void;
}

/** A training run: an async stream of events with pause, resume and stop. */
export interface Trainer {
  /** Runs the training, yielding its events; call once. Pausing and stopping take effect between iterations. */
  run(): AsyncGenerator<TrainerEvent, void, undefined>;
  /** Pauses before the next iteration starts. */
  pause(): void;
  resume(): void;
  /** Stops as soon as possible: the iteration in flight is abandoned, without an update. */
  stop(): void;
  status(): TrainerStatus;
  /** The state a checkpoint saved now would carry (to save the policy elsewhere, resumable). */
  state(): TrainerState;
}

/** Creates a CWRPO/GRPO trainer (SPEC §5); every draw is seeded by the config's seed. */
export function createTrainer(options: TrainerOptions): Trainer {
  const resumed = options.resumeFrom;
  const config = resolveTrainerConfig(resumed ? resumed.config : options.config);
  const rules: ActionRules = { ...DEFAULT_ACTION_RULES, ...trainingRules(config) };
  const { clock, policy } = options;
  const abort = new AbortController();
  let phase: TrainerPhase = 'idle';
  let iteration = resumed?.iteration ?? 0;
  let totalEpisodes = resumed?.totalEpisodes ?? 0;
  let elapsedSeconds = resumed?.elapsedSeconds ?? 0;
  const history: IterationPoint[] = (resumed?.history ?? []).filter((p) => p.iteration <= iteration);
  let last: IterationStats | null = null;
  let error: string | undefined;
  let wake: (() => void) | null = null;
  let started = false;

  const state = (): TrainerState => ({
    format: 'flowsteer-trainer-state',
    version: 1,
    iteration,
    totalEpisodes,
    elapsedSeconds,
    config,
    history: [...history],
  });

  async function saveCheckpoint(): Promise<TrainerEvent | null> {
    if (!options.checkpointStore) return null;
    const current = state();
    const name = checkpointName(iteration);
    await options.checkpointStore.save(name, await policy.saveArtifacts({ trainer: current }));
    return { type: 'checkpointSaved', iteration, name };
  }

  const toStats = (o: IterationOutcome, seconds: number): IterationStats => ({
    iteration,
    episodes: o.episodes,
    meanReward: o.meanReward,
    meanCorrectness: o.meanCorrectness,
    releaseRate: o.releaseRate,
    shortcutRate: o.shortcutRate,
    finishRate: o.finishRate,
    meanTurns: o.meanTurns,
    meanTokens: o.meanTokens,
    operatorHistogram: o.operatorHistogram,
    learningRate: o.learningRate,
    theta: o.theta,
    loss: o.update?.loss ?? 0,
    kl: o.update?.kl ?? 0,
    entropy: o.update?.entropy ?? 0,
    gradNorm: o.update?.gradNorm ?? 0,
    groups: o.groups,
    informativeGroups: o.informativeGroups,
    batchItems: o.batchItems,
    seconds,
    totalEpisodes,
    ...(o.skippedUpdate !== undefined ? { skippedUpdate: o.skippedUpdate } : {}),
  });

  function warmStart(warm: WarmStartConfig): Promise<ImitationResult> {
    if (!canImitate(policy)) throw new Error(`The policy ${policy.name} cannot record a teacher's actions.`);
    // The teacher plays as an unconstrained model would, so CWRPO and GRPO runs start from the same prior: the
    // finish rule is part of the algorithm under test, not of the starting model.
    const teacherRules: ActionRules = { ...rules, finishRule: false };
    const envs = createEnvPool(options.createEnv, {
      rules: teacherRules,
      maxTurns: config.maxTurns,
      size: config.concurrency,
    });
    return imitate({
      student: policy,
      teacher: teacherPolicy(warm.teacher, warm.quickShare),
      tasks: options.tasks,
      envs,
      registry: options.registry,
      rules: teacherRules,
      seed: `${config.seed}:warmStart`,
      iterations: warm.iterations,
      batchTasks: warm.batchTasks ?? config.batchTasks * config.groupSize,
      learningRate: warm.learningRate ?? config.update.learningRate,
      gradClipNorm: config.update.gradClipNorm,
      clock,
      signal: abort.signal,
      ...(options.onWarmStartProgress ? { onProgress: options.onWarmStartProgress } : {}),
    });
  }

  async function* run(): AsyncGenerator<TrainerEvent, void, undefined> {
    if (started) throw new Error('This trainer has already run: create a new one (resumeFrom a checkpoint).');
    started = true;
    if (phase === 'idle') phase = 'running';
    const envs = createEnvPool(options.createEnv, {
      rules,
      maxTurns: config.maxTurns,
      size: config.concurrency,
    });
    let savedAt = iteration;
    yield { type: 'trainingStarted', config, startIteration: iteration, history: [...history] };
    try {
      if (!resumed && config.warmStart) {
        const result = await warmStart(config.warmStart);
        yield { type: 'warmStartFinished', teacher: config.warmStart.teacher, ...result };
      }
      // After the warm start, so the KL term anchors to the warm-started policy (the paper's starting model).
      if (!resumed) policy.freezeReference();
      while (iteration < config.iterations && !abort.signal.aborted) {
        if (phase === 'pausing') {
          phase = 'paused';
          yield { type: 'paused', iteration };
          if (phase === 'paused') await new Promise<void>((resolve) => (wake = resolve));
          if (abort.signal.aborted) break;
          yield { type: 'resumed', iteration };
        }
        const t0 = clock.now();
        let outcome: IterationOutcome;
        try {
          outcome = await trainIteration({
            index: iteration,
            config,
            policy,
            tasks: options.tasks,
            envs,
            registry: options.registry,
            rules,
            signal: abort.signal,
          });
        } catch (e) {
          if (e instanceof EpisodeAborted && abort.signal.aborted) break;
          throw e;
        }
        const seconds = (clock.now() - t0) / 1000;
        iteration += 1;
        totalEpisodes += outcome.episodes;
        elapsedSeconds += seconds;
        last = toStats(outcome, seconds);
        history.push(toIterationPoint(last));
        if (outcome.nanGuard)
          yield { type: 'updateSkipped', iteration, reason: outcome.skippedUpdate ?? 'non-finite loss' };
        yield { type: 'iterationFinished', ...last };
        if (options.sampleEpisodes) {
          const episodes = sampleIterationEpisodes(outcome.results, {
            count: options.sampleEpisodes,
            tasks: options.tasks,
            config,
            index: iteration - 1,
          });
          yield { type: 'episodeSampled', iteration, episodes };
        }
        if (config.checkpointEvery > 0 && iteration % config.checkpointEvery === 0) {
          const saved = await saveCheckpoint();
          savedAt = iteration;
          if (saved) yield saved;
        }
        if (config.evalEvery > 0 && iteration % config.evalEvery === 0 && options.evaluationTasks?.length) {
          const evaluation = await evaluatePolicy({
            policy,
            tasks: options.evaluationTasks,
            createEnv: options.createEnv,
            registry: options.registry,
            rules,
            maxTurns: config.maxTurns,
            seed: `${config.seed}:eval`,
            concurrency: config.concurrency,
          });
          yield { type: 'evaluationFinished', iteration, evaluation };
        }
      }
      if (iteration > savedAt) {
        const saved = await saveCheckpoint();
        if (saved) yield saved;
      }
      const stopped = abort.signal.aborted || iteration < config.iterations;
      phase = 'finished';
      yield {
        type: 'trainingFinished',
        reason: stopped ? 'stopped' : 'completed',
        iterations: iteration,
        totalEpisodes,
        seconds: elapsedSeconds,
        episodesPerMinute: elapsedSeconds > 0 ? (totalEpisodes * 60) / elapsedSeconds : 0,
      };
    } catch (e) {
      phase = 'failed';
      error = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      if (phase !== 'failed') phase = 'finished';
    }
  }

  return {
    run,
    pause() {
      if (phase === 'running' || phase === 'idle') phase = 'pausing';
    },
    resume() {
      if (phase === 'pausing') phase = started ? 'running' : 'idle';
      if (phase !== 'paused') return;
      phase = 'running';
      wake?.();
      wake = null;
    },
    stop() {
      if (phase === 'finished' || phase === 'failed') return;
      phase = 'stopping';
      abort.abort();
      wake?.();
      wake = null;
    },
    state,
    status: () => ({
      phase,
      iteration,
      iterations: config.iterations,
      totalEpisodes,
      last,
      ...(error !== undefined ? { error } : {}),
    }),
  };
}
