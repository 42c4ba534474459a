import { ACTION_TYPES } from '../actions/types.ts';
import { countOperators, hasStructure, operatorNodes } from '../graph/workflowQueries.ts';
import { OPERATOR_CATEGORIES } from '../operators/types.ts';
import type { OperatorDescriptor } from '../operators/types.ts';
import { TASK_TYPES } from '../tasks/types.ts';
import type { PolicyInput } from './types.ts';

const LENGTH_BUCKETS = [80, 160, 320, 640];
const FEEDBACK_STATUSES = ['succeeded', 'failed', 'aborted', 'refused', 'finished'] as const;
const ERROR_TYPES = ['syntax', 'runtime', 'timeout', 'memory', 'aborted', 'unavailable', 'llm', 'input'];
const STRUCTURES = ['parallel', 'conditional', 'loop'] as const;

/**
 * Global features: task type (4), question text (14), workflow counts (13), roles (12), reward reach (2),
 * turn (4), last feedback (25), action context (3), last run (2), allowed action types (8).
 */
export const GLOBAL_FEATURES = 4 + 14 + 13 + 12 + 2 + 4 + 25 + 3 + 2 + ACTION_TYPES.length;

const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));

/** Writes the global features at the start of `out`; throws if the layout and GLOBAL_FEATURES disagree. */
export function writeGlobalFeatures(out: Float32Array, input: PolicyInput): void {
  let i = 0;
  const put = (v: number | boolean): void => {
    out[i++] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  };
  const { observation, context, registry, mask } = input;
  const { task, workflow: w, lastFeedback: fb, lastRun } = observation;

  for (const t of TASK_TYPES) put(task.type === t);
  const q = task.question;
  const bucket = LENGTH_BUCKETS.findIndex((limit) => q.length < limit);
  for (let b = 0; b <= LENGTH_BUCKETS.length; b++)
    put(b === (bucket === -1 ? LENGTH_BUCKETS.length : bucket));
  put(/\d/.test(q));
  put(/[\\$^]/.test(q));
  put((q.match(/\d+(?:\.\d+)?/g)?.length ?? 0) >= 3);
  const passage = task.context ?? '';
  put(passage.trim() !== '');
  put(passage.length > 1500);
  put(context.hasTests);
  put((task.choices?.length ?? 0) > 0);
  put(task.code !== undefined);
  put(task.code?.starter !== undefined);

  const nodes = operatorNodes(w);
  const descriptors: OperatorDescriptor[] = nodes.flatMap((n) => registry.get(n.operator)?.descriptor ?? []);
  for (const c of OPERATOR_CATEGORIES)
    put(Math.min(2, descriptors.filter((d) => d.category === c).length / 3));
  for (const s of STRUCTURES) put(Math.min(2, w.nodes.filter((n) => n.kind === s).length / 2));
  const count = countOperators(w);
  const { maxNodes, maxOperators } = context.rules;
  put(clamp01(w.nodes.length / Math.max(1, maxNodes)));
  put(clamp01(count / Math.max(1, maxOperators)));
  put(w.nodes.length < maxNodes);
  put(count + 3 <= maxOperators);

  const any = (flag: keyof OperatorDescriptor): boolean => descriptors.some((d) => d[flag] === true);
  const defOf = (index: number) => {
    const node = w.nodes.at(index);
    return node?.kind === 'operator' ? registry.get(node.operator)?.descriptor : undefined;
  };
  const parallelAt = w.nodes.findIndex((n) => n.kind === 'parallel');
  const ensembleAfterParallel =
    parallelAt >= 0 &&
    w.nodes
      .slice(parallelAt + 1)
      .some((n) => n.kind === 'operator' && registry.get(n.operator)?.descriptor.isEnsemble === true);
  const roles = {
    solver: any('isSolver'),
    checker: any('isChecker'),
    tests: any('runsTests'),
    formatter: any('isFormatter'),
    structure: hasStructure(w),
  };
  put(roles.solver);
  put(roles.checker);
  put(roles.tests);
  put(roles.formatter);
  put(descriptors.some((d) => d.category === 'planning'));
  put(any('isEnsemble'));
  put(defOf(-1)?.isFormatter === true);
  put(defOf(0)?.category === 'planning');
  put(count >= 5);
  put(count >= 6);
  put(roles.structure);
  put(ensembleAfterParallel);

  const rDiv = Math.min(
    1,
    (roles.checker ? 0.2 : 0) +
      (roles.formatter ? 0.2 : 0) +
      (count >= 6 ? 0.2 : 0) +
      (roles.structure ? 0.4 : 0),
  );
  put(rDiv);
  put(rDiv >= 1 - 1e-9);

  const maxTurns = Math.max(1, observation.maxTurns);
  const left = observation.maxTurns - observation.turn;
  put(clamp01(observation.turn / maxTurns));
  put(clamp01(left / maxTurns));
  put(left <= 1);
  put(left <= 3);

  const s = fb?.signals;
  put(fb !== null);
  for (const st of FEEDBACK_STATUSES) put(fb?.status === st);
  put(fb?.errorCode != null);
  put(s?.answerPresent === true);
  put(s?.answerConcise === true);
  put(s?.verdict === 'pass');
  put(s?.verdict === 'fail');
  put(s?.confidence ?? 0);
  put(s?.confidence != null);
  put(s?.testPassRatio ?? 0);
  put(s?.testPassRatio != null);
  put(s?.agreement ?? 0);
  put(s?.agreement != null);
  for (const e of ERROR_TYPES) put(s?.errorType === e);

  put(context.lastAnswerLong === true);
  put(context.lastAnswerLong !== null);
  put(context.rules.finishRule);

  const tokens = lastRun ? lastRun.tokens.prompt + lastRun.tokens.completion : 0;
  put(Math.log1p(tokens) / 10);
  put(Math.min(1, (lastRun?.llmCalls ?? 0) / 20));

  for (const t of ACTION_TYPES) put(mask.type[t]);
  if (i !== GLOBAL_FEATURES) throw new Error(`global features: wrote ${i}, expected ${GLOBAL_FEATURES}`);
}
