import type { Clock } from '../ports/Clock.ts';
import type { Trainer } from './createTrainer.ts';
import type { TrainerConfig } from './trainerConfig.ts';
import type { TrainerEvent, TrainerStatus } from './trainerTypes.ts';

/** What the UI asks for: serialisable, so it crosses a worker boundary as is. */
export interface TrainerStartRequest {
  config: Partial<TrainerConfig>;
  /** Suites or datasets whose train splits form the pool. */
  suites: string[];
  /** A checkpoint location to resume from (the store decides what it means). */
  resumeFrom?: string;
}

/** The composition root's part: it turns a request into a ready trainer (policy, environments, stores). */
export interface TrainerApiDeps {
  clock: Clock;
  createTrainer(request: TrainerStartRequest): Promise<Trainer>;
  /** Longest wait before buffered events are delivered (default 100 ms: about 10 deliveries per second). */
  batchMs?: number;
}

/** Receives events in batches, oldest first; with comlink, wrap it in `proxy`. */
export type TrainerEventListener = (events: TrainerEvent[]) => void;

/** The trainer as a worker exposes it: every method takes and returns plain data. */
export interface TrainerApi {
  /** Starts a run; resolves once it is running. Refused while another run is in progress. */
  start(request: TrainerStartRequest): Promise<void>;
  pause(): void;
  resume(): void;
  /** Stops the run and resolves when it has ended. */
  stop(): Promise<void>;
  /** Subscribes to batched events; returns an id for {@link TrainerApi.offEvent}. */
  onEvent(listener: TrainerEventListener): number;
  offEvent(id: number): void;
  getStatus(): TrainerStatus;
  /** Resolves when the current run (if any) has ended and its last events were delivered. */
  whenIdle(): Promise<void>;
}

// Rare events that the UI should show at once rather than with the next batch.
const URGENT = new Set<TrainerEvent['type']>([
  'trainingStarted',
  'trainingFinished',
  'trainingFailed',
  'updateSkipped',
  'paused',
  'resumed',
]);

const IDLE: TrainerStatus = { phase: 'idle', iteration: 0, iterations: 0, totalEpisodes: 0, last: null };

/**
 * The trainer API as a plain module (tested in Node): one run at a time, events buffered and delivered at most
 * about every `batchMs` so a fast trainer never floods the UI, control calls forwarded to the trainer.
 */
export function createTrainerApi(deps: TrainerApiDeps): TrainerApi {
  const batchMs = deps.batchMs ?? 100;
  const listeners = new Map<number, TrainerEventListener>();
  let nextId = 1;
  let buffer: TrainerEvent[] = [];
  let timer: Promise<void> | null = null;
  let trainer: Trainer | null = null;
  let running: Promise<void> | null = null;
  let failure: string | undefined;

  const flush = (): void => {
    if (buffer.length === 0) return;
    const batch = buffer;
    buffer = [];
    for (const listener of listeners.values()) listener(batch);
  };
  const push = (event: TrainerEvent): void => {
    buffer.push(event);
    if (URGENT.has(event.type)) return flush();
    timer ??= deps.clock.sleep(batchMs).then(() => {
      timer = null;
      flush();
    });
  };

  async function drive(t: Trainer): Promise<void> {
    try {
      for await (const event of t.run()) push(event);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      push({ type: 'trainingFailed', iteration: t.status().iteration, message: failure });
    } finally {
      flush();
    }
  }

  return {
    async start(request) {
      if (running) throw new Error('A training run is already in progress: stop it first.');
      failure = undefined;
      const t = await deps.createTrainer(request);
      trainer = t;
      running = drive(t).finally(() => {
        running = null;
      });
    },
    pause: () => trainer?.pause(),
    resume: () => trainer?.resume(),
    async stop() {
      trainer?.stop();
      await running;
    },
    onEvent(listener) {
      const id = nextId++;
      listeners.set(id, listener);
      return id;
    },
    offEvent(id) {
      listeners.delete(id);
    },
    getStatus() {
      if (!trainer) return IDLE;
      const status = trainer.status();
      return failure !== undefined ? { ...status, phase: 'failed', error: failure } : status;
    },
    async whenIdle() {
      await running;
    },
  };
}
