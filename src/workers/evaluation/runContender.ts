import type { ActionRules } from '../../core/actions/types.ts';
import { createNodeCache } from '../../core/canvas/createNodeCache.ts';
import type { ScoreAnswer } from '../../core/canvas/canvasEnvTypes.ts';
import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { Policy } from '../../core/policy/types.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import { isShortcut } from '../../core/rewards/isShortcut.ts';
import type { Task } from '../../core/tasks/types.ts';
import { createEnvFactory } from '../../core/training/createEnvPool.ts';
import { evaluatePolicy } from '../../core/training/evaluatePolicy.ts';
import { evaluateWorkflow } from '../../core/training/evaluateWorkflow.ts';
import type { ContenderResult, PolicyContender, WorkflowContender } from './evaluationTypes.ts';

/** What every contender of one evaluation shares: one backend, one sandbox, one scorer, one abort signal. */
export interface ContenderRuntime {
  registry: OperatorRegistry;
  llm: LlmClient;
  sandbox: CodeSandbox;
  clock: Clock;
  score: ScoreAnswer;
  signal: AbortSignal;
  seed: number;
  maxTurns: number;
  /** Tasks (or episodes) at once; results do not depend on it. */
  concurrency: number;
}

/** Told once per finished task with its source and score. */
export type OnTaskDone = (task: { id: string; source: string; score: number }) => void;

// A fresh cache per contender, so its tokens per task owe nothing to an earlier contender's calls.
const freshCache = () => createNodeCache({ maxEntries: 50_000 });

/** Runs a fixed workflow once per task; the shortcut rate is that of the workflow itself (0 or 1). */
export async function runWorkflowContender(
  spec: WorkflowContender,
  tasks: readonly Task[],
  rt: ContenderRuntime,
  onTask: OnTaskDone,
): Promise<ContenderResult> {
  const parsed = parseWorkflow(spec.dsl, rt.registry);
  if (!parsed.ok) throw new Error(`The workflow does not parse: ${parsed.error.message}`);
  if (parsed.workflow.nodes.length === 0) throw new Error('The workflow is empty.');
  const started = rt.clock.now();
  const report = await evaluateWorkflow({
    workflow: parsed.workflow,
    tasks,
    registry: rt.registry,
    llm: rt.llm,
    sandbox: rt.sandbox,
    clock: rt.clock,
    cache: freshCache(),
    signal: rt.signal,
    concurrency: rt.concurrency,
    score: (task, answer, result) => rt.score(task, answer ?? '', result),
    onTaskDone: (o) => onTask({ id: o.id, source: o.source, score: o.score }),
  });
  return {
    id: spec.id,
    label: spec.label,
    group: spec.group,
    kind: 'workflow',
    detail: spec.dsl,
    overall: report.interval,
    perSuite: report.perSuite,
    shortcutRate: isShortcut(parsed.workflow, rt.registry) ? 1 : 0,
    meanTurns: null,
    tokensPerTask: report.tokens.total / Math.max(1, report.n),
    n: report.n,
    seconds: (rt.clock.now() - started) / 1000,
  };
}

/** Runs a policy for one episode per task; its row shows the policy's most frequent final workflow. */
export async function runPolicyContender(
  spec: PolicyContender,
  policy: Policy,
  rules: Partial<ActionRules>,
  tasks: readonly Task[],
  rt: ContenderRuntime,
  onTask: OnTaskDone,
): Promise<ContenderResult> {
  const started = rt.clock.now();
  const createEnv = createEnvFactory({
    registry: rt.registry,
    llm: rt.llm,
    sandbox: rt.sandbox,
    clock: rt.clock,
    cache: freshCache(),
    score: rt.score,
  });
  const e = await evaluatePolicy({
    policy,
    tasks,
    createEnv,
    registry: rt.registry,
    rules,
    maxTurns: rt.maxTurns,
    seed: `eval:${rt.seed}`,
    concurrency: rt.concurrency,
    signal: rt.signal,
    onEpisode: (r) => onTask({ id: r.taskId, source: r.source, score: r.correctness }),
  });
  return {
    id: spec.id,
    label: spec.label,
    group: spec.group,
    kind: 'policy',
    detail: e.topWorkflows[0]?.workflow ?? '',
    overall: e.interval,
    perSuite: Object.fromEntries(Object.entries(e.perSuite).map(([s, p]) => [s, p.interval])),
    shortcutRate: e.shortcutRate,
    meanTurns: e.meanTurns,
    tokensPerTask: e.tokens / Math.max(1, e.n),
    n: e.n,
    seconds: (rt.clock.now() - started) / 1000,
  };
}
