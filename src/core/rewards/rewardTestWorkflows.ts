import { toNodeId } from '../graph/types.ts';
import type {
  ConditionalNode,
  LoopNode,
  OperatorNode,
  ParallelNode,
  Workflow,
  WorkflowNode,
} from '../graph/types.ts';

/** Builds workflows with fresh ids: `op('Plan')`, `par('A', 'B')`, `cond('Verify', 'Revise')`, `loop(2, 'A', 'B')`. */
export function builder() {
  let next = 1;
  const id = () => toNodeId(`n${next++}`);
  const op = (operator: string): OperatorNode => ({
    kind: 'operator',
    id: id(),
    operator,
    prompt: { kind: 'template', id: 'default' },
  });
  return {
    op,
    par: (...ops: string[]): ParallelNode => ({ kind: 'parallel', id: id(), children: ops.map(op) }),
    cond: (checker: string, fix: string, otherwise: string | null = null): ConditionalNode => ({
      kind: 'conditional',
      id: id(),
      checker: op(checker),
      fix: op(fix),
      otherwise: otherwise === null ? null : op(otherwise),
    }),
    loop: (count: number, ...ops: string[]): LoopNode => ({
      kind: 'loop',
      id: id(),
      count,
      children: ops.map(op),
    }),
    flow: (...nodes: WorkflowNode[]): Workflow => ({ nodes, nextId: next }),
  };
}

/** The shared builder of the example workflows below (reward tests). */
export const b = builder();
/** `Plan -> Programmer -> Verify ? Revise : done -> Format`: passes the finish rule with exactly 5 operators. */
export const fiveOps = b.flow(b.op('Plan'), b.op('Programmer'), b.cond('Verify', 'Revise'), b.op('Format'));
/** `Custom -> Plan -> Programmer -> Verify ? Revise : done -> Format`: one operator more. */
export const sixOps = b.flow(
  b.op('Custom'),
  b.op('Plan'),
  b.op('Programmer'),
  b.cond('Verify', 'Revise'),
  b.op('Format'),
);
/** `Custom`: the direct-answer shortcut. */
export const single = b.flow(b.op('Custom'));
/** `[Custom, AnswerGenerate, Programmer] -> ScEnsemble -> Verify -> Format`: 6 operators, every term. */
export const ensemble = b.flow(
  b.par('Custom', 'AnswerGenerate', 'Programmer'),
  b.op('ScEnsemble'),
  b.op('Verify'),
  b.op('Format'),
);
/** `Plan -> (Programmer -> Test) * 5 -> Format`: the loop body counts once, so 4 operators. */
export const loop5 = b.flow(b.op('Plan'), b.loop(5, 'Programmer', 'Test'), b.op('Format'));
/** `Plan -> Custom -> Review -> Revise -> Custom -> Format`: 6 operators in a chain, no structure. */
export const chain = b.flow(
  b.op('Plan'),
  b.op('Custom'),
  b.op('Review'),
  b.op('Revise'),
  b.op('Custom'),
  b.op('Format'),
);
/** `Plan -> [Custom, AnswerGenerate] -> ScEnsemble -> Format`: structure but no checker. */
export const noChecker = b.flow(
  b.op('Plan'),
  b.par('Custom', 'AnswerGenerate'),
  b.op('ScEnsemble'),
  b.op('Format'),
);
