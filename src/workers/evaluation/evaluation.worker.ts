// The evaluation worker: a thin comlink shell over the evaluation API (tested in Node as createEvaluationApi), so
// long evaluations never block the page. The page passes its event listener through comlink's `proxy`.
import { expose } from 'comlink';
import { createBrowserEvaluationDeps } from './createBrowserEvaluationDeps.ts';
import { createEvaluationApi } from './createEvaluationApi.ts';

expose(createEvaluationApi(createBrowserEvaluationDeps()));
