import { proxy, wrap, type Remote } from 'comlink';
import type { StoreApi } from 'zustand/vanilla';
import type { EvaluationApi } from '../../workers/evaluation/evaluationTypes.ts';
import { createEvaluationSession } from './createEvaluationSession.ts';
import type { EvaluationPort, EvaluationSessionState } from './createEvaluationSession.ts';

/** The evaluation worker behind comlink, started on first use so the studio never pays for it. */
export function createWorkerEvaluationPort(): EvaluationPort {
  let remote: Remote<EvaluationApi> | null = null;
  const api = (): Remote<EvaluationApi> =>
    (remote ??= wrap<EvaluationApi>(
      new Worker(new URL('../../workers/evaluation/evaluation.worker.ts', import.meta.url), {
        type: 'module',
      }),
    ));
  return {
    listCheckpoints: () => api().listCheckpoints(),
    evaluate: (request, listener) => api().evaluate(request, proxy(listener)),
    cancel: () => void remote?.cancel(),
  };
}

let session: StoreApi<EvaluationSessionState> | null = null;

/** The page's one evaluation session (created with its worker port on first use). */
export function getEvaluationSession(): StoreApi<EvaluationSessionState> {
  session ??= createEvaluationSession(createWorkerEvaluationPort());
  return session;
}
