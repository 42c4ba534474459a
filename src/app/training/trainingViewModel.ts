import type { TrainerConfig } from '../../core/training/trainerConfig.ts';
import type {
  IterationPoint,
  SampledEpisode,
  TrainerEvent,
  TrainerPhase,
  TrainingEndReason,
} from '../../core/training/trainerTypes.ts';
import { assertNever } from '../../core/util/assertNever.ts';

/** The charted metrics, one array per metric, aligned with `iteration` (uPlot's column layout). */
export interface TrainingSeries {
  iteration: number[];
  reward: number[];
  correctness: number[];
  release: number[];
  shortcut: number[];
  turns: number[];
  loss: number[];
  kl: number[];
}

/** A sampled episode in the strip of recent episodes, with a stable id. */
export interface StripEpisode extends SampledEpisode {
  id: string;
  iteration: number;
}

/** What the training screen shows, folded from the trainer's events. */
export interface TrainingViewModel {
  phase: TrainerPhase;
  /** The run's config (null before the first run). */
  config: TrainerConfig | null;
  /** Iterations completed, resumed runs included. */
  iteration: number;
  iterations: number;
  /** The iteration the current run started (or resumed) at. */
  startIteration: number;
  totalEpisodes: number;
  /** Episodes and trainer seconds since the run (or resume) started: the throughput. */
  runEpisodes: number;
  runSeconds: number;
  series: TrainingSeries;
  /** Trainer seconds of each iteration of this run (for the ETA). */
  durations: number[];
  lastCheckpoint: string | null;
  /** Newest first, at most {@link STRIP_LIMIT}. */
  recent: StripEpisode[];
  /** The last skipped update's reason (the NaN guard or no informative group), else null. */
  lastSkip: string | null;
  error: string | null;
  /** Why the last run ended (all its iterations done, or stopped by the user), null while it runs. */
  endReason: TrainingEndReason | null;
}

/** How many sampled episodes the strip keeps. */
export const STRIP_LIMIT = 12;
/** Iterations whose mean duration predicts the rest (recent ones reflect the current speed). */
const ETA_WINDOW = 5;

const emptySeries = (): TrainingSeries => ({
  iteration: [],
  reward: [],
  correctness: [],
  release: [],
  shortcut: [],
  turns: [],
  loss: [],
  kl: [],
});

/** The screen before any run. */
export const IDLE_TRAINING: TrainingViewModel = {
  phase: 'idle',
  config: null,
  iteration: 0,
  iterations: 0,
  startIteration: 0,
  totalEpisodes: 0,
  runEpisodes: 0,
  runSeconds: 0,
  series: emptySeries(),
  durations: [],
  lastCheckpoint: null,
  recent: [],
  lastSkip: null,
  error: null,
  endReason: null,
};

const append = (series: TrainingSeries, e: IterationPoint): TrainingSeries => ({
  iteration: [...series.iteration, e.iteration],
  reward: [...series.reward, e.meanReward],
  correctness: [...series.correctness, e.meanCorrectness],
  release: [...series.release, e.releaseRate],
  shortcut: [...series.shortcut, e.shortcutRate],
  turns: [...series.turns, e.meanTurns],
  loss: [...series.loss, e.loss],
  kl: [...series.kl, e.kl],
});

/** Folds one event into the view model (pure; a fresh start clears the charts, a resume keeps nothing either). */
export function reduceTrainingEvent(vm: TrainingViewModel, event: TrainerEvent): TrainingViewModel {
  switch (event.type) {
    case 'trainingStarted':
      return {
        ...IDLE_TRAINING,
        // A resumed run's charts go on from the checkpoint's history instead of starting blank.
        series: event.history.reduce(append, emptySeries()),
        durations: [],
        phase: 'running',
        config: event.config,
        iteration: event.startIteration,
        startIteration: event.startIteration,
        iterations: event.config.iterations,
      };
    case 'iterationFinished':
      return {
        ...vm,
        iteration: event.iteration,
        totalEpisodes: event.totalEpisodes,
        runEpisodes: vm.runEpisodes + event.episodes,
        runSeconds: vm.runSeconds + event.seconds,
        series: append(vm.series, event),
        durations: [...vm.durations, event.seconds],
        lastSkip: event.skippedUpdate ?? vm.lastSkip,
      };
    case 'episodeSampled': {
      const fresh = event.episodes.map((e, i) => ({
        ...e,
        iteration: event.iteration,
        id: `${e.seed}#${i}`,
      }));
      return { ...vm, recent: [...fresh.reverse(), ...vm.recent].slice(0, STRIP_LIMIT) };
    }
    case 'updateSkipped':
      return { ...vm, lastSkip: event.reason };
    case 'checkpointSaved':
      return { ...vm, lastCheckpoint: event.name };
    case 'evaluationFinished':
    case 'warmStartFinished':
      return vm;
    case 'paused':
      return { ...vm, phase: 'paused' };
    case 'resumed':
      return { ...vm, phase: 'running' };
    case 'trainingFinished':
      return {
        ...vm,
        phase: 'finished',
        iteration: event.iterations,
        totalEpisodes: event.totalEpisodes,
        endReason: event.reason,
      };
    case 'trainingFailed':
      return { ...vm, phase: 'failed', error: event.message };
    default:
      return assertNever(event, 'trainer event');
  }
}

/** The status line's words: a stopped run says so, with how far it got, rather than "Finished". */
export function trainingStatusText(vm: TrainingViewModel, phaseText: string): string {
  if (vm.phase === 'finished' && vm.endReason === 'stopped')
    return `Stopped after ${vm.iteration} of ${vm.iterations} iterations`;
  return phaseText;
}

/** Folds a batch of events, oldest first. */
export const reduceTrainingEvents = (
  vm: TrainingViewModel,
  events: readonly TrainerEvent[],
): TrainingViewModel => events.reduce(reduceTrainingEvent, vm);

/** Share of the run's iterations completed, in [0, 1]. */
export function progressOf(vm: TrainingViewModel): number {
  if (vm.iterations <= 0) return 0;
  return Math.min(1, Math.max(0, vm.iteration / vm.iterations));
}

/** Seconds left at the recent pace (mean of the last few iterations), or null before the first iteration. */
export function etaSeconds(vm: TrainingViewModel): number | null {
  const recent = vm.durations.slice(-ETA_WINDOW);
  if (recent.length === 0) return null;
  const perIteration = recent.reduce((a, b) => a + b, 0) / recent.length;
  return Math.max(0, vm.iterations - vm.iteration) * perIteration;
}

/** Episodes per minute of the current run (trainer time: pauses excluded), or null before the first iteration. */
export function episodesPerMinute(vm: TrainingViewModel): number | null {
  return vm.runSeconds > 0 ? (vm.runEpisodes * 60) / vm.runSeconds : null;
}

/** `1 min 05 s`, `42 s`, `—` for an unknown duration. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
