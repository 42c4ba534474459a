import type { NodeId, Workflow } from '../graph/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorSignals, StageState } from '../operators/types.ts';
import { initialStageState } from '../operators/types.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { assertNever } from '../util/assertNever.ts';
import { hashHex } from '../util/hash.ts';
import { linkSignals } from './abortHelpers.ts';
import type { NodeCache } from './createNodeCache.ts';
import { createEventChannel } from './createEventChannel.ts';
import type { ExecutorEvent } from './events.ts';
import type { ExecutionScope } from './invokeOperator.ts';
import type { RunTotals } from './meteredPorts.ts';
import type { RunLedger } from './runNodes.ts';
import { runNodes } from './runNodes.ts';
import { hashWorkflow } from './stableHash.ts';
import type { NodeInvocation, NodeRunRecord, RunResult } from './types.ts';

/** Default per-node timeout (SPEC: a node past it fails with E_NODE_TIMEOUT). */
export const DEFAULT_NODE_TIMEOUT_MS = 120_000;
/** Default limit of one sandboxed Python run. */
export const DEFAULT_SANDBOX_TIMEOUT_MS = 5_000;

/** What a run needs: the workflow, the task, the operators and the ports. */
export interface ExecuteOptions {
  workflow: Workflow;
  task: Task;
  registry: OperatorRegistry;
  llm: LlmClient;
  sandbox: CodeSandbox;
  clock: Clock;
  /** Skips calls that succeeded before with the same key; shared across runs and episodes. */
  cache?: NodeCache;
  signal?: AbortSignal;
  /** Per operator call; 0 or Infinity turns the timeout off. Default 120 000. */
  nodeTimeoutMs?: number;
  /** Per sandbox run, handed to operators. Default 5 000. */
  sandboxTimeoutMs?: number;
  /** Defaults to a hash of the workflow, the task and the start time. */
  runId?: string;
  /** The state the first node receives; default the empty initial state. */
  initialState?: StageState;
}

function collectIds(workflow: Workflow): NodeId[] {
  return workflow.nodes.flatMap((node) => {
    switch (node.kind) {
      case 'operator':
        return [node.id];
      case 'parallel':
      case 'loop':
        return [node.id, ...node.children.map((c) => c.id)];
      case 'conditional':
        return [node.id, node.checker.id, node.fix.id, ...(node.otherwise ? [node.otherwise.id] : [])];
      default:
        return assertNever(node, 'workflow node');
    }
  });
}

/** Each signal's latest reported value, in execution order. */
export function foldSignals(trace: readonly NodeInvocation[]): OperatorSignals {
  return trace.reduce<OperatorSignals>((acc, inv) => ({ ...acc, ...inv.signals }), {});
}

function toResult(
  options: ExecuteOptions,
  runId: string,
  aborted: boolean,
  state: StageState,
  ledger: RunLedger,
  totals: RunTotals,
  durationMs: number,
): RunResult {
  const nodes: Record<NodeId, NodeRunRecord> = {} as Record<NodeId, NodeRunRecord>;
  for (const id of collectIds(options.workflow)) {
    nodes[id] = ledger.records.get(id) ?? {
      status: 'skipped',
      summary: 'Not reached.',
      signals: {},
      cached: false,
      durationMs: 0,
      tokens: { prompt: 0, completion: 0 },
    };
  }
  const answer = options.task.type === 'code' ? (state.answer ?? state.code) : state.answer;
  const error = ledger.trace.find((inv) => inv.error)?.error;
  const result: RunResult = {
    runId,
    status: aborted ? 'aborted' : answer === null ? 'failed' : 'succeeded',
    answer,
    finalState: state,
    nodes,
    trace: ledger.trace,
    signals: foldSignals(ledger.trace),
    tokens: { prompt: totals.promptTokens, completion: totals.completionTokens },
    workflowTokens: {
      prompt: totals.promptTokens + totals.cachedPromptTokens,
      completion: totals.completionTokens + totals.cachedCompletionTokens,
    },
    costUsd: totals.costUsd,
    durationMs,
    llmCalls: totals.llmCalls,
    sandboxCalls: totals.sandboxCalls,
    sandboxMs: totals.sandboxMs,
  };
  return error ? { ...result, error } : result;
}

async function run(options: ExecuteOptions, signal: AbortSignal, emit: (e: ExecutorEvent) => void) {
  const started = options.clock.now();
  const workflowHash = hashWorkflow(options.workflow);
  const runId = options.runId ?? `run-${hashHex(`${workflowHash}|${options.task.id}|${started}`)}`;
  const totals: RunTotals = {
    promptTokens: 0,
    completionTokens: 0,
    cachedPromptTokens: 0,
    cachedCompletionTokens: 0,
    costUsd: 0,
    llmCalls: 0,
    sandboxCalls: 0,
    sandboxMs: 0,
  };
  const scope: ExecutionScope = {
    runId,
    task: options.task,
    registry: options.registry,
    llm: options.llm,
    sandbox: options.sandbox,
    clock: options.clock,
    cache: options.cache,
    signal,
    nodeTimeoutMs: options.nodeTimeoutMs ?? DEFAULT_NODE_TIMEOUT_MS,
    sandboxTimeoutMs: options.sandboxTimeoutMs ?? DEFAULT_SANDBOX_TIMEOUT_MS,
    totals,
    emit,
  };
  emit({ type: 'runStarted', runId, workflowHash, taskId: options.task.id, at: started });
  const initial = options.initialState ?? initialStageState();
  const { state, ledger } = await runNodes(scope, options.workflow, initial);
  const result = toResult(
    options,
    runId,
    signal.aborted,
    state,
    ledger,
    totals,
    options.clock.now() - started,
  );
  emit({ type: 'runFinished', runId, result });
  return result;
}

/**
 * Executes a workflow on a task (SPEC §1 semantics) as a stream of typed events; the generator's return value
 * is the RunResult. Aborting `signal`, or leaving the loop early, stops every pending LLM and sandbox call.
 */
export async function* executeWorkflow(
  options: ExecuteOptions,
): AsyncGenerator<ExecutorEvent, RunResult, undefined> {
  const channel = createEventChannel<ExecutorEvent>();
  const link = linkSignals(options.signal);
  let completed = false;
  const done = run(options, link.signal, (event) => channel.push(event)).finally(() => channel.close());
  // Keeps an internal failure from going unhandled when the consumer left early; awaiting below still throws.
  done.catch(() => undefined);
  try {
    for (;;) {
      const next = await channel.next();
      if (next.done === true) break;
      yield next.value;
    }
    const result = await done;
    completed = true;
    return result;
  } finally {
    if (!completed) link.controller.abort();
    link.dispose();
  }
}

/** Runs a workflow to the end, handing each event to `onEvent`, and resolves with the RunResult. */
export async function runWorkflow(
  options: ExecuteOptions,
  onEvent?: (event: ExecutorEvent) => void,
): Promise<RunResult> {
  const events = executeWorkflow(options);
  for (;;) {
    const next = await events.next();
    if (next.done === true) return next.value;
    onEvent?.(next.value);
  }
}
