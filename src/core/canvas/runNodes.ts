import type {
  ConditionalNode,
  LoopNode,
  NodeId,
  OperatorNode,
  ParallelNode,
  Workflow,
  WorkflowNode,
} from '../graph/types.ts';
import type { StageState } from '../operators/types.ts';
import { assertNever } from '../util/assertNever.ts';
import type { ExecutionScope, InvocationOutcome } from './invokeOperator.ts';
import { invokeOperator } from './invokeOperator.ts';
import { mergeBranches } from './mergeBranches.ts';
import type { NodeInvocation, NodeRunRecord, NodeRunStatus } from './types.ts';

/** The run's bookkeeping: operator calls in deterministic order and the latest record of each node. */
export interface RunLedger {
  trace: NodeInvocation[];
  records: Map<NodeId, NodeRunRecord>;
}

const noTokens = () => ({ prompt: 0, completion: 0 });

function note(ledger: RunLedger, outcome: InvocationOutcome): void {
  const inv = outcome.invocation;
  ledger.trace.push(inv);
  const prev = ledger.records.get(inv.nodeId);
  const tokens = prev?.tokens ?? noTokens();
  const record: NodeRunRecord = {
    status: inv.status,
    summary: inv.summary,
    signals: inv.signals,
    cached: (prev?.cached ?? true) && inv.cached,
    durationMs: (prev?.durationMs ?? 0) + inv.durationMs,
    tokens: {
      prompt: tokens.prompt + inv.tokens.prompt,
      completion: tokens.completion + inv.tokens.completion,
    },
  };
  ledger.records.set(inv.nodeId, inv.error ? { ...record, error: inv.error } : record);
}

function structureStatus(outcomes: readonly InvocationOutcome[]): NodeRunStatus {
  const statuses = outcomes.map((o) => o.invocation.status);
  if (statuses.includes('aborted')) return 'aborted';
  return statuses.includes('failed') ? 'failed' : 'succeeded';
}

function finishStructure(
  scope: ExecutionScope,
  ledger: RunLedger,
  node: Exclude<WorkflowNode, OperatorNode>,
  outcomes: readonly InvocationOutcome[],
  summary: string,
): void {
  const status = structureStatus(outcomes);
  const tokens = noTokens();
  for (const o of outcomes) {
    tokens.prompt += o.invocation.tokens.prompt;
    tokens.completion += o.invocation.tokens.completion;
  }
  const firstError = outcomes.find((o) => o.invocation.error)?.invocation.error;
  const record: NodeRunRecord = {
    status,
    summary,
    signals: outcomes.at(-1)?.invocation.signals ?? {},
    cached: outcomes.length > 0 && outcomes.every((o) => o.invocation.cached),
    durationMs: outcomes.reduce((sum, o) => sum + o.invocation.durationMs, 0),
    tokens,
  };
  ledger.records.set(node.id, firstError ? { ...record, error: firstError } : record);
  scope.emit({
    type: 'structureFinished',
    runId: scope.runId,
    nodeId: node.id,
    kind: node.kind,
    status,
    summary,
  });
}

async function runOperator(scope: ExecutionScope, ledger: RunLedger, node: OperatorNode, state: StageState) {
  const outcome = await invokeOperator(scope, node, state, { branch: 0, pass: 0 });
  note(ledger, outcome);
  return outcome.output;
}

async function runParallel(scope: ExecutionScope, ledger: RunLedger, node: ParallelNode, state: StageState) {
  // Branches really run at once: each gets the same input and its branch index (which seeds its draws).
  const outcomes = await Promise.all(
    node.children.map((child, branch) => invokeOperator(scope, child, state, { branch, pass: 0 })),
  );
  for (const outcome of outcomes) note(ledger, outcome);
  const merged = mergeBranches(
    state,
    outcomes.map((o) => ({ output: o.output, ok: o.invocation.status === 'succeeded' })),
  );
  const answered = outcomes.filter((o) => o.invocation.status === 'succeeded').length;
  const candidates = merged.candidates?.length ?? 0;
  finishStructure(
    scope,
    ledger,
    node,
    outcomes,
    `${answered} of ${outcomes.length} branches succeeded; ${candidates} candidates.`,
  );
  return merged;
}

async function runConditional(
  scope: ExecutionScope,
  ledger: RunLedger,
  node: ConditionalNode,
  state: StageState,
) {
  const checked = await invokeOperator(scope, node.checker, state, { branch: 0, pass: 0 });
  note(ledger, checked);
  const skip = (child: OperatorNode, reason: string): void => {
    scope.emit({
      type: 'nodeSkipped',
      runId: scope.runId,
      nodeId: child.id,
      operator: child.operator,
      branch: 0,
      pass: 0,
      reason,
    });
    ledger.records.set(child.id, {
      status: 'skipped',
      summary: reason,
      signals: {},
      cached: false,
      durationMs: 0,
      tokens: noTokens(),
    });
  };
  if (checked.invocation.status === 'aborted') {
    skip(node.fix, 'The run was stopped.');
    if (node.otherwise) skip(node.otherwise, 'The run was stopped.');
    finishStructure(scope, ledger, node, [checked], 'Stopped during the check.');
    return checked.output;
  }
  // A checker that failed verified nothing, so the value is treated as not passing and the fix runs.
  const verdict = checked.output.check;
  const passed = checked.invocation.status === 'succeeded' && verdict !== null && verdict.passed;
  if (!passed) {
    if (node.otherwise) skip(node.otherwise, 'The check failed, so the fix ran instead.');
    const fixed = await invokeOperator(scope, node.fix, checked.output, { branch: 0, pass: 0 });
    note(ledger, fixed);
    finishStructure(scope, ledger, node, [checked, fixed], `Check failed → ${node.fix.operator} ran.`);
    return fixed.output;
  }
  skip(node.fix, 'The check passed, so the fix did not run.');
  if (!node.otherwise) {
    finishStructure(scope, ledger, node, [checked], 'Check passed → done.');
    return checked.output;
  }
  const next = await invokeOperator(scope, node.otherwise, checked.output, { branch: 0, pass: 0 });
  note(ledger, next);
  finishStructure(scope, ledger, node, [checked, next], `Check passed → ${node.otherwise.operator} ran.`);
  return next.output;
}

async function runLoop(scope: ExecutionScope, ledger: RunLedger, node: LoopNode, state: StageState) {
  const outcomes: InvocationOutcome[] = [];
  let current = state;
  for (let pass = 0; pass < node.count && !scope.signal.aborted; pass++) {
    for (const child of node.children) {
      if (scope.signal.aborted) break;
      const outcome = await invokeOperator(scope, child, current, { branch: 0, pass });
      note(ledger, outcome);
      outcomes.push(outcome);
      current = outcome.output;
    }
  }
  const passes = Math.ceil(outcomes.length / Math.max(1, node.children.length));
  const body = node.children.map((c) => c.operator).join(' → ');
  finishStructure(scope, ledger, node, outcomes, `${passes} of ${node.count} passes of ${body}.`);
  return current;
}

/** Runs the top-level nodes left to right (SPEC §1), stopping early once the run is aborted. */
export async function runNodes(
  scope: ExecutionScope,
  workflow: Workflow,
  initial: StageState,
): Promise<{ state: StageState; ledger: RunLedger }> {
  const ledger: RunLedger = { trace: [], records: new Map() };
  let state = initial;
  for (const node of workflow.nodes) {
    if (scope.signal.aborted) break;
    switch (node.kind) {
      case 'operator':
        state = await runOperator(scope, ledger, node, state);
        break;
      case 'parallel':
        state = await runParallel(scope, ledger, node, state);
        break;
      case 'conditional':
        state = await runConditional(scope, ledger, node, state);
        break;
      case 'loop':
        state = await runLoop(scope, ledger, node, state);
        break;
      default:
        assertNever(node, 'workflow node');
    }
  }
  return { state, ledger };
}
