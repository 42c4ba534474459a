import { wrap, type Remote } from 'comlink';
import type { TrainerWorkerApi } from '../../workers/trainer/trainerWorkerApi.ts';

/** Starts the trainer worker (its own chunk: tfjs, the suites and the trainer load there, never in the page). */
export function createTrainerWorker(): Remote<TrainerWorkerApi> {
  const worker = new Worker(new URL('../../workers/trainer/trainer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'trainer',
  });
  return wrap<TrainerWorkerApi>(worker);
}
