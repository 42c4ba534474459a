// The trainer worker: a thin comlink shell over the trainer API (tested in Node as src/core/training/createTrainerApi).
// The page uses `wrap<TrainerApi>(new Worker(new URL('./workers/trainer/trainer.worker.ts', import.meta.url),
// { type: 'module' }))` and passes its event listener through comlink's `proxy`.
import { expose } from 'comlink';
import { createTrainerApi } from '../../core/training/createTrainerApi.ts';
import { createBrowserTrainerDeps } from './createBrowserTrainerDeps.ts';

export type { TrainerApi } from '../../core/training/createTrainerApi.ts';

expose(createTrainerApi(createBrowserTrainerDeps()));
