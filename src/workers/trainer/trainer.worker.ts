// The trainer worker: a thin comlink shell over the trainer API (tested in Node as src/core/training/createTrainerApi)
// plus the backend choice. The page creates it lazily (src/app/training/createTrainerWorker.ts), so tfjs never
// loads before the user opens training.
import { expose } from 'comlink';
import { createTrainerApi } from '../../core/training/createTrainerApi.ts';
import { createBrowserTrainerDeps } from './createBrowserTrainerDeps.ts';
import type { TrainerWorkerApi } from './trainerWorkerApi.ts';

const { deps, useBackend } = createBrowserTrainerDeps();
const api: TrainerWorkerApi = { ...createTrainerApi(deps), useBackend };
expose(api);
