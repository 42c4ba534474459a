import { createSimulatedLlm, getSimProfile } from '../../core/llm/simulated/index.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { CheckpointStore } from '../../core/policy/CheckpointStore.ts';
import type { Clock } from '../../core/ports/Clock.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite as getBuiltinSuite } from '../../core/tasks/suites.ts';
import type { Task, TaskSuite } from '../../core/tasks/types.ts';
import { memoizeScore } from '../../core/training/memoizeScore.ts';
import type {
  ContenderResult,
  EvaluationApi,
  EvaluationEvent,
  EvaluationOutcome,
  EvaluationRequest,
} from './evaluationTypes.ts';
import { resolvePolicy } from './resolvePolicy.ts';
import type { TfPolicyFactories } from './resolvePolicy.ts';
import { runPolicyContender, runWorkflowContender } from './runContender.ts';
import type { ContenderRuntime } from './runContender.ts';

/** The composition root's part: operators, sandbox, clock, tfjs on demand and the checkpoint store. */
export interface EvaluationDeps {
  registry: OperatorRegistry;
  sandbox: CodeSandbox;
  clock: Clock;
  /** Loads tfjs and the tfjs policy factories; only called when a tfjs policy is evaluated. */
  loadTf(): Promise<TfPolicyFactories>;
  /** The saved checkpoints, or null when this build has no store. */
  checkpoints(): Promise<CheckpointStore | null>;
  /** Suites by name (default: the built-in suites). */
  getSuite?: (name: string) => TaskSuite;
  /** Tasks or episodes at once (default 4). */
  concurrency?: number;
}

/** The most tasks one set may contribute; the built-in test splits are smaller anyway. */
export const MAX_TASKS_PER_SET = 1000;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Collects the tasks of every set, each set cut to its limit; throws on an unknown suite or an empty request. */
function collectTasks(request: EvaluationRequest, getSuite: (name: string) => TaskSuite): Task[] {
  if (request.taskSets.length === 0) throw new Error('Pick at least one task set.');
  if (request.contenders.length === 0) throw new Error('Pick at least one contender.');
  const seen = new Set<string>();
  const tasks: Task[] = [];
  for (const set of request.taskSets) {
    if (seen.has(set.suite)) continue;
    seen.add(set.suite);
    const limit = Math.max(1, Math.min(MAX_TASKS_PER_SET, Math.floor(set.limit)));
    tasks.push(...(set.tasks ?? getSuite(set.suite).test).slice(0, limit));
  }
  return tasks;
}

/**
 * The evaluation worker's API as a plain module (tested in Node): contenders run one after another over the same
 * tasks, the same seeded simulated backend and the same sandbox, each with a fresh node cache; every finished
 * task is reported; a contender that fails is reported and skipped; cancel aborts in-flight calls.
 */
export function createEvaluationApi(deps: EvaluationDeps): EvaluationApi {
  const getSuite = deps.getSuite ?? getBuiltinSuite;
  let current: AbortController | null = null;

  async function evaluate(
    request: EvaluationRequest,
    listener: (event: EvaluationEvent) => void,
  ): Promise<EvaluationOutcome> {
    if (current) throw new Error('An evaluation is already running.');
    const controller = new AbortController();
    current = controller;
    const { signal } = controller;
    // Nothing is reported after a cancel, so the view never sees a late row of a stopped run.
    const emit = (event: EvaluationEvent): void => {
      if (!signal.aborted) listener(event);
    };
    try {
      const started = deps.clock.now();
      const tasks = collectTasks(request, getSuite);
      const rt: ContenderRuntime = {
        registry: deps.registry,
        llm: createSimulatedLlm({ seed: request.seed, profile: getSimProfile(request.profile) }),
        sandbox: deps.sandbox,
        clock: deps.clock,
        score: memoizeScore(createRunScorer(deps.sandbox)),
        signal,
        seed: request.seed,
        maxTurns: request.maxTurns ?? 12,
        concurrency: deps.concurrency ?? 4,
      };
      const total = tasks.length * request.contenders.length;
      emit({ type: 'started', total, tasks: tasks.length, contenders: request.contenders.length });
      const results: ContenderResult[] = [];
      const failures: EvaluationOutcome['failures'] = [];
      let done = 0;
      for (const [index, spec] of request.contenders.entries()) {
        if (signal.aborted) break;
        emit({ type: 'contenderStarted', contenderId: spec.id, label: spec.label, index });
        let within = 0;
        const onTask = (t: { id: string; source: string; score: number }): void => {
          // Tasks cut short by a cancel are not runs: the count stays at the last one reported.
          if (signal.aborted) return;
          within += 1;
          done = index * tasks.length + within;
          emit({
            type: 'taskDone',
            contenderId: spec.id,
            taskId: t.id,
            source: t.source,
            score: t.score,
            done,
            total,
          });
        };
        let dispose = (): void => {};
        try {
          let result: ContenderResult;
          if (spec.kind === 'workflow') {
            result = await runWorkflowContender(spec, tasks, rt, onTask);
          } else {
            const resolved = await resolvePolicy(spec.policy, request.seed, deps);
            dispose = resolved.dispose;
            result = await runPolicyContender(spec, resolved.policy, resolved.rules, tasks, rt, onTask);
          }
          // An aborted workflow run returns a partial report: it must not pass for a measurement.
          if (signal.aborted) break;
          results.push(result);
          emit({ type: 'contenderFinished', result });
        } catch (error) {
          if (signal.aborted) break;
          const failure = { contenderId: spec.id, label: spec.label, message: message(error) };
          failures.push(failure);
          done = (index + 1) * tasks.length;
          emit({ type: 'contenderFailed', ...failure });
        } finally {
          dispose();
        }
      }
      return {
        status: signal.aborted ? 'cancelled' : 'done',
        results,
        failures,
        seconds: (deps.clock.now() - started) / 1000,
        done,
        total,
      };
    } finally {
      current = null;
    }
  }

  return {
    async listCheckpoints() {
      const store = await deps.checkpoints();
      return store ? store.list() : [];
    },
    evaluate,
    cancel() {
      current?.abort();
    },
  };
}
