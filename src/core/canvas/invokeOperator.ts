import type { ErrorCode } from '../errors.ts';
import { FlowSteerError } from '../errors.ts';
import type { OperatorNode } from '../graph/types.ts';
import { createOperatorContext, resolvePrompt } from '../operators/createOperatorContext.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorResult, OperatorSignals, StageState } from '../operators/types.ts';
import type { CodeSandbox } from '../ports/CodeSandbox.ts';
import type { Clock } from '../ports/Clock.ts';
import type { LlmClient } from '../ports/LlmClient.ts';
import type { Task } from '../tasks/types.ts';
import { assertNever } from '../util/assertNever.ts';
import { linkSignals, whenAborted } from './abortHelpers.ts';
import type { NodeCache } from './createNodeCache.ts';
import { nodeCacheKey } from './createNodeCache.ts';
import type { ExecutorEvent } from './events.ts';
import type { CallMeter, RunTotals } from './meteredPorts.ts';
import { meterLlm, meterSandbox } from './meteredPorts.ts';
import { hashStageState } from './stableHash.ts';
import type { NodeInvocation } from './types.ts';

/** Everything shared by the node calls of one run. */
export interface ExecutionScope {
  runId: string;
  task: Task;
  registry: OperatorRegistry;
  llm: LlmClient;
  sandbox: CodeSandbox;
  clock: Clock;
  cache: NodeCache | undefined;
  /** The run's signal: aborting it stops every pending call. */
  signal: AbortSignal;
  /** 0 or Infinity: no per-node timeout. */
  nodeTimeoutMs: number;
  sandboxTimeoutMs: number;
  totals: RunTotals;
  emit(event: ExecutorEvent): void;
}

/** The state passed on and how the call went. */
export interface InvocationOutcome {
  output: StageState;
  invocation: NodeInvocation;
}

type Settled =
  | { kind: 'result'; result: OperatorResult }
  | { kind: 'thrown'; error: unknown }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

const messageOf = (error: unknown): string => {
  if (error instanceof FlowSteerError) return `[${error.code}] ${error.message}`;
  return error instanceof Error ? error.message : String(error);
};

/**
 * Runs one operator node on a stage state: from the node cache when the same call succeeded before, else with a
 * per-node timeout and the run's abort signal. Never throws: failures come back as a failed invocation whose
 * output is the operator's own (for a `failed` result) or the unchanged input.
 */
export async function invokeOperator(
  scope: ExecutionScope,
  node: OperatorNode,
  input: StageState,
  site: { branch: number; pass: number },
): Promise<InvocationOutcome> {
  const at = { runId: scope.runId, nodeId: node.id, operator: node.operator, ...site };
  const started = scope.clock.now();
  const meter: CallMeter = {
    promptTokens: 0,
    completionTokens: 0,
    costUsd: 0,
    llmFailed: false,
    closed: false,
  };
  const finish = (
    status: NodeInvocation['status'],
    output: StageState,
    summary: string,
    signals: OperatorSignals,
    error?: { code: ErrorCode; message: string },
    cached = false,
  ): InvocationOutcome => {
    meter.closed = true;
    const durationMs = cached ? 0 : scope.clock.now() - started;
    const tokens = { prompt: meter.promptTokens, completion: meter.completionTokens };
    const common = { ...at, output, signals, durationMs, tokens, costUsd: meter.costUsd };
    if (error) scope.emit({ type: 'nodeFailed', ...common, code: error.code, message: error.message });
    else scope.emit({ type: 'nodeFinished', ...common, summary, cached });
    const invocation: NodeInvocation = { ...at, status, summary, signals, cached, durationMs, tokens };
    return { output, invocation: error ? { ...invocation, error } : invocation };
  };

  scope.emit({ type: 'nodeStarted', ...at });
  if (scope.signal.aborted) {
    return finish(
      'aborted',
      input,
      'Stopped before it ran.',
      {},
      { code: 'E_ABORTED', message: 'The run was stopped.' },
    );
  }
  const lookup = scope.registry.lookup(node.operator);
  if (!lookup.ok) return finish('failed', input, lookup.message, { errorType: 'input' }, lookup);
  const def = lookup.def;
  const prompt = resolvePrompt(def, node.prompt);
  if (!prompt.ok) return finish('failed', input, prompt.message, { errorType: 'input' }, prompt);

  const key = nodeCacheKey({
    operator: def.type,
    promptKey: prompt.value.promptKey,
    inputHash: hashStageState(input),
    backendId: scope.llm.id,
    taskId: scope.task.id,
    branch: site.branch,
  });
  const hit = scope.cache?.get(key);
  if (hit) {
    const copy = structuredClone(hit);
    scope.totals.cachedPromptTokens += copy.tokens?.prompt ?? 0;
    scope.totals.cachedCompletionTokens += copy.tokens?.completion ?? 0;
    return finish('succeeded', copy.output, copy.summary, copy.signals, undefined, true);
  }

  const nodeSignal = linkSignals(scope.signal);
  const meterSite = {
    ...at,
    clock: scope.clock,
    signal: nodeSignal.signal,
    totals: scope.totals,
    meter,
    emit: scope.emit,
  };
  const ctx = createOperatorContext({
    operator: def,
    task: scope.task,
    input: structuredClone(input),
    prompt: node.prompt,
    branch: site.branch,
    llm: meterLlm(scope.llm, meterSite),
    sandbox: meterSandbox(scope.sandbox, meterSite),
    sandboxTimeoutMs: scope.sandboxTimeoutMs,
    signal: nodeSignal.signal,
  });
  const timer = new AbortController();
  const aborted = whenAborted(scope.signal);
  const racers: Array<Promise<Settled>> = [
    def.run(ctx).then(
      (result): Settled => ({ kind: 'result', result }),
      (error: unknown): Settled => ({ kind: 'thrown', error }),
    ),
    aborted.promise.then((): Settled => ({ kind: 'aborted' })),
  ];
  if (scope.nodeTimeoutMs > 0 && Number.isFinite(scope.nodeTimeoutMs)) {
    const timeout = scope.clock.sleep(scope.nodeTimeoutMs, timer.signal).then(
      (): Settled => ({ kind: 'timeout' }),
      // A cancelled timer never wins the race: the call settled first.
      () => new Promise<Settled>(() => undefined),
    );
    racers.push(timeout);
  }
  const settled = await Promise.race(racers);
  timer.abort();
  aborted.dispose();
  if (settled.kind !== 'result') nodeSignal.controller.abort();
  nodeSignal.dispose();

  const stopped = { code: 'E_ABORTED' as const, message: 'The run was stopped.' };
  switch (settled.kind) {
    case 'aborted':
      return finish('aborted', input, 'Stopped while running.', {}, stopped);
    case 'timeout': {
      const message = `${def.type} took longer than ${scope.nodeTimeoutMs} ms and was stopped. Use a faster backend or a larger node timeout.`;
      return finish('failed', input, message, { errorType: 'timeout' }, { code: 'E_NODE_TIMEOUT', message });
    }
    case 'thrown': {
      if (scope.signal.aborted) return finish('aborted', input, 'Stopped while running.', {}, stopped);
      const message = `${def.type} threw: ${messageOf(settled.error)}`;
      const signals: OperatorSignals = meter.llmFailed ? { errorType: 'llm' } : {};
      return finish('failed', input, message, signals, { code: 'E_OPERATOR_FAILED', message });
    }
    case 'result': {
      const { result } = settled;
      if (scope.signal.aborted)
        return finish('aborted', result.output, result.summary, result.signals, stopped);
      if (result.failed)
        return finish('failed', result.output, result.summary, result.signals, result.failed);
      const tokens = { prompt: meter.promptTokens, completion: meter.completionTokens };
      const value = { output: result.output, summary: result.summary, signals: result.signals, tokens };
      scope.cache?.set(key, structuredClone(value));
      return finish('succeeded', result.output, result.summary, result.signals);
    }
    default:
      return assertNever(settled, 'settled call');
  }
}
