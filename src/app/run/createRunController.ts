import type { StoreApi } from 'zustand/vanilla';
import { executeWorkflow } from '../../core/canvas/executeWorkflow.ts';
import type { ExecutorEvent } from '../../core/canvas/events.ts';
import type { RunResult } from '../../core/canvas/types.ts';
import { systemClock } from '../../core/llm/systemClock.ts';
import { createSimulatedLlm } from '../../core/llm/simulated/createSimulatedLlm.ts';
import type { CodeSandbox } from '../../core/ports/CodeSandbox.ts';
import type { LlmClient } from '../../core/ports/LlmClient.ts';
import { createRunScorer } from '../../core/tasks/createRunScorer.ts';
import { getSuite } from '../../core/tasks/suites.ts';
import type { Task } from '../../core/tasks/types.ts';
import type { AppState } from '../store/createAppStore.ts';
import type { RunLogLine } from '../store/runSlice.ts';
import { describeEvent } from './describeEvent.ts';
import { findImportedSet } from '../datasets/importedSets.ts';

/** Starts and stops runs of the store's workflow on the chosen task. */
export interface RunController {
  start(): Promise<void>;
  /** Aborts every pending LLM and sandbox call of the current run. */
  stop(): void;
}

/** What a run needs besides the store: the sandbox, the LLM backend, and the simulated model's pacing. */
export interface RunControllerDeps {
  getSandbox: () => CodeSandbox;
  /** The backend of one run, seeded by the task id (the Settings choice); the simulated model when omitted. */
  getLlm?: (seed: string) => LlmClient;
  /** Per simulated call of the default backend, so a run is watchable (and stoppable); none when omitted. */
  latencyMs?: { min: number; max: number };
}

const MAX_LOG = 400;

/** The task the picker points at, or undefined when the index is out of range. */
export function selectedTask(
  state: Pick<AppState, 'suite' | 'taskIndex' | 'importedSets'>,
): Task | undefined {
  const imported = findImportedSet(state.importedSets, state.suite);
  return (imported ? imported.tasks : getSuite(state.suite).test)[state.taskIndex];
}

/** Runs workflows with the simulated backend in the page and Python in the sandbox worker. */
export function createRunController(store: StoreApi<AppState>, deps: RunControllerDeps): RunController {
  let current: AbortController | null = null;
  let lineId = 0;

  const apply = (event: ExecutorEvent): void => {
    const effect = describeEvent(event);
    const s = store.getState();
    let log: RunLogLine[] = s.runLog;
    if (effect.tokens) {
      const last = log.at(-1);
      const label = `${effect.tokens.nodeId} › `;
      if (last?.kind === 'tokens' && last.text.startsWith(label)) {
        log = [...log.slice(0, -1), { ...last, text: last.text + effect.tokens.delta }];
      } else {
        log = [...log, { id: ++lineId, kind: 'tokens', text: label + effect.tokens.delta }];
      }
    }
    if (effect.line) log = [...log, { id: ++lineId, ...effect.line }];
    const patch: Partial<AppState> = { runLog: log.slice(-MAX_LOG) };
    if (effect.node) {
      patch.nodeStatus = { ...s.nodeStatus, [effect.node.id]: effect.node.status };
      if (effect.node.message !== undefined) {
        patch.nodeMessages = { ...s.nodeMessages, [effect.node.id]: effect.node.message };
      }
    }
    store.setState(patch);
  };

  return {
    async start() {
      if (current) return;
      const state = store.getState();
      const task = selectedTask(state);
      if (!task) {
        store.setState({ runPhase: 'idle', runError: 'Pick a task first: the index is outside the suite.' });
        return;
      }
      const controller = new AbortController();
      current = controller;
      store.setState({
        runPhase: 'running',
        nodeStatus: {},
        nodeMessages: {},
        runLog: [],
        answer: null,
        score: null,
        runError: null,
      });
      const sandbox = deps.getSandbox();
      try {
        const llm =
          deps.getLlm?.(task.id) ??
          createSimulatedLlm({
            seed: task.id,
            ...(deps.latencyMs ? { latencyMs: deps.latencyMs, clock: systemClock } : {}),
          });
        const events = executeWorkflow({
          workflow: state.workflow,
          task,
          registry: state.registry,
          llm,
          sandbox,
          clock: systemClock,
          signal: controller.signal,
        });
        let result: RunResult | undefined;
        for (;;) {
          const next = await events.next();
          if (next.done === true) {
            result = next.value;
            break;
          }
          apply(next.value);
        }
        if (controller.signal.aborted || result.status === 'aborted') {
          store.setState({ runPhase: 'stopped', answer: result.answer });
          return;
        }
        store.setState({ answer: result.answer });
        const score = await createRunScorer(sandbox)(task, result.answer);
        store.setState({ score, runPhase: result.status === 'succeeded' ? 'succeeded' : 'failed' });
      } catch (error) {
        const stopped = controller.signal.aborted;
        store.setState({
          runPhase: stopped ? 'stopped' : 'failed',
          runError: stopped ? null : error instanceof Error ? error.message : String(error),
        });
      } finally {
        if (current === controller) current = null;
      }
    },
    stop() {
      if (!current) return;
      current.abort();
      const { nodeStatus } = store.getState();
      const settled = Object.fromEntries(
        Object.entries(nodeStatus).map(([id, status]) => [id, status === 'running' ? 'skipped' : status]),
      ) as AppState['nodeStatus'];
      store.setState({ runPhase: 'stopped', nodeStatus: settled });
    },
  };
}
