import type { ActionRules } from '../actions/types.ts';
import type { CanvasEnv } from '../canvas/canvasEnvTypes.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type {
  DecisionRecord,
  EpisodeBatchItem,
  Policy,
  TrainablePolicy,
  UpdateStats,
} from '../policy/types.ts';
import { createHeuristicPolicy } from '../policy/createHeuristicPolicy.ts';
import { createQuickAnswerPolicy } from '../policy/createQuickAnswerPolicy.ts';
import type { Clock } from '../ports/Clock.ts';
import type { Task } from '../tasks/types.ts';
import { assertNever } from '../util/assertNever.ts';
import { createRng } from '../util/createRng.ts';
import { rollOut } from './rollOut.ts';
import { EpisodeAborted } from './runEpisode.ts';
import type { EpisodeResult } from './runEpisode.ts';
import type { WarmStartTeacher } from './trainerConfig.ts';

/** A trainable policy that can record a teacher's action as its own decision. */
export type ImitationStudent = TrainablePolicy & Required<Pick<TrainablePolicy, 'record'>>;

/** Whether a policy can be warm-started (it records teacher actions as its own decisions). */
export const canImitate = (policy: TrainablePolicy): policy is ImitationStudent =>
  typeof policy.record === 'function';

/** Default share of the `mixed` teacher's quick episodes. */
export const DEFAULT_QUICK_SHARE = 0.5;

/**
 * The `mixed` teacher: each episode is quick (a shortcut, then finish) or built like the heuristic, by a coin drawn
 * from a fork of the episode's stream, so every decision of one episode follows the same teacher.
 */
function mixedTeacher(quickShare: number): Policy {
  const quick = createQuickAnswerPolicy({ name: 'quick-teacher' });
  const expert = createHeuristicPolicy({ name: 'heuristic-teacher' });
  return {
    name: 'mixed-teacher',
    decide(input, rng) {
      const isQuick = rng.fork('teacher').next() < quickShare;
      return (isQuick ? quick : expert).decide(input, rng);
    },
  };
}

/** The policy a warm start clones; its random fallbacks draw from the episode streams (seeded by the config). */
export function teacherPolicy(teacher: WarmStartTeacher, quickShare = DEFAULT_QUICK_SHARE): Policy {
  switch (teacher) {
    case 'heuristic':
      return createHeuristicPolicy({ name: 'heuristic-teacher' });
    case 'mixed':
      return mixedTeacher(quickShare);
    default:
      return assertNever(teacher, 'warm-start teacher');
  }
}

/** What one warm-start iteration reports. */
export interface ImitationProgress {
  /** 1-based. */
  iteration: number;
  episodes: number;
  /** Teacher decisions the student could express (and trained on). */
  decisions: number;
  /** Mean log π_student(a_teacher|s) before this iteration's update (the negative behaviour-cloning loss). */
  meanLogLikelihood: number;
  /** Share of the teacher's decisions the student can express. */
  encodableRate: number;
  update: UpdateStats | null;
  seconds: number;
}

/** What the whole warm start did. */
export interface ImitationResult {
  iterations: number;
  episodes: number;
  decisions: number;
  /** Of the last iteration. */
  meanLogLikelihood: number;
  /** Over all iterations. */
  encodableRate: number;
  seconds: number;
}

/** Options of {@link imitate}. */
export interface ImitationOptions {
  student: ImitationStudent;
  teacher: Policy;
  tasks: readonly Task[];
  /** The trainer's environments (same rules), so the teacher acts under the rules the student will. */
  envs: readonly CanvasEnv[];
  registry: OperatorRegistry;
  rules: ActionRules;
  seed: string | number;
  iterations: number;
  /** Teacher episodes (distinct draws of tasks) per iteration. */
  batchTasks: number;
  learningRate: number;
  gradClipNorm: number;
  /** Stops early once this much time has passed (needs `clock`). */
  seconds?: number;
  clock?: Clock;
  signal?: AbortSignal;
  onProgress?: (progress: ImitationProgress) => void;
}

/**
 * Behaviour cloning before reinforcement (our stand-in for the paper's pretrained starting model): the teacher
 * plays episodes on training tasks and the student is updated towards each of its decisions with advantage +1,
 * K = 1 and β = 0. At ratio 1 the clipped objective's gradient is then exactly −∇ mean log π(a_teacher|s).
 */
export async function imitate(options: ImitationOptions): Promise<ImitationResult> {
  const { student, teacher, clock } = options;
  const start = clock?.now() ?? 0;
  const elapsed = (): number => (clock ? (clock.now() - start) / 1000 : 0);
  let seen = 0;
  let expressed = 0;
  let episodes = 0;
  let meanLogLikelihood = 0;
  let done = 0;
  for (let i = 0; i < options.iterations; i++) {
    if (options.signal?.aborted) break;
    if (options.seconds !== undefined && elapsed() >= options.seconds) break;
    const t0 = elapsed();
    const records: DecisionRecord[] = [];
    let asked = 0;
    const wrapper: Policy = {
      name: `${teacher.name}->${student.name}`,
      async decide(input, rng) {
        const { action } = await teacher.decide(input, rng);
        asked += 1;
        const record = student.record(input, action);
        if (record) records.push(record);
        return { action };
      },
    };
    const stream = createRng(options.seed).fork(`imitation:${i}`);
    const pick = stream.fork('tasks');
    const jobs = Array.from({ length: options.batchTasks }, (_, e) => ({
      task: options.tasks[pick.int(options.tasks.length)] as Task,
      rng: stream.fork(`episode:${e}`),
    }));
    let results: EpisodeResult[];
    try {
      results = await rollOut({
        jobs,
        envs: options.envs,
        policy: wrapper,
        registry: options.registry,
        rules: options.rules,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (e) {
      // A stop during the warm start ends it like a stop between iterations: without this iteration's update.
      if (e instanceof EpisodeAborted && options.signal?.aborted) break;
      throw e;
    }
    episodes += results.length;
    seen += asked;
    expressed += records.length;
    meanLogLikelihood = records.reduce((a, r) => a + r.logProb, 0) / Math.max(1, records.length);
    // One item per decision, so every teacher decision weighs the same (plain mean log-likelihood).
    const batch: EpisodeBatchItem[] = records.map((r) => ({ decisions: [r], advantage: 1 }));
    const update =
      batch.length === 0
        ? null
        : await student.update(batch, {
            clipEpsilon: 0.2,
            klBeta: 0,
            entropyCoef: 0,
            learningRate: options.learningRate,
            gradClipNorm: options.gradClipNorm,
            epochs: 1,
          });
    done = i + 1;
    options.onProgress?.({
      iteration: done,
      episodes: results.length,
      decisions: records.length,
      meanLogLikelihood,
      encodableRate: asked > 0 ? records.length / asked : 0,
      update,
      seconds: elapsed() - t0,
    });
  }
  return {
    iterations: done,
    episodes,
    decisions: expressed,
    meanLogLikelihood,
    encodableRate: seen > 0 ? expressed / seen : 0,
    seconds: elapsed(),
  };
}
