import type { CanvasAction } from '../actions/types.ts';
import type { Workflow } from '../graph/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorDescriptor } from '../operators/types.ts';
import type { TaskType } from '../tasks/types.ts';

/** Operators the heuristic prefers per role and task type (by name, with a descriptor fallback). */
interface Recipe {
  planner: string;
  solvers: string[];
  checker: string;
}

const RECIPES: Record<TaskType, Recipe> = {
  math: { planner: 'Plan', solvers: ['Programmer', 'Custom', 'AnswerGenerate'], checker: 'Verify' },
  qa: { planner: 'Decompose', solvers: ['AnswerGenerate', 'Custom'], checker: 'Verify' },
  mc: { planner: 'Plan', solvers: ['AnswerGenerate', 'Custom'], checker: 'Verify' },
  code: { planner: 'Plan', solvers: ['Programmer', 'Custom'], checker: 'Test' },
};

type Role = keyof Pick<
  OperatorDescriptor,
  'isSolver' | 'isChecker' | 'runsTests' | 'isEnsemble' | 'isFormatter'
>;

/**
 * The rule-based next-action hints of the released code, adapted to the task type, as an ordered list of
 * candidate edits for the current workflow: a planner first; a parallel of solvers (Programmer on math and code,
 * AnswerGenerate on QA) followed by an ensemble; a checker conditional whose failure runs Revise (Test on code);
 * Format last. Roles are read from descriptors; names only choose among operators of a role. The caller keeps
 * the first candidate the mask allows, then `finish`.
 */
export function heuristicCandidates(
  w: Workflow,
  taskType: TaskType,
  hasTests: boolean,
  registry: OperatorRegistry,
): CanvasAction[] {
  const recipe = RECIPES[taskType];
  const desc = (op: string): OperatorDescriptor | undefined => registry.get(op)?.descriptor;
  const byName = (name: string, ok: (d: OperatorDescriptor) => boolean): string | undefined => {
    const d = desc(name);
    if (d && ok(d)) return name;
    return registry.list().find((def) => ok(def.descriptor))?.type;
  };
  const role = (name: string, flag: Role): string | undefined => byName(name, (d) => d[flag]);
  const planning = (name: string): string | undefined => byName(name, (d) => d.category === 'planning');

  const topDescriptor = (i: number): OperatorDescriptor | undefined => {
    const node = w.nodes[i];
    return node?.kind === 'operator' ? desc(node.operator) : undefined;
  };
  const n = w.nodes.length;
  // New nodes go before a trailing formatter, so Format stays last.
  const beforeFormat = topDescriptor(n - 1)?.isFormatter ? { position: n - 1 } : {};
  const allOperators = w.nodes.flatMap((node) =>
    node.kind === 'operator'
      ? [node.operator]
      : node.kind === 'conditional'
        ? [node.checker.operator, node.fix.operator, ...(node.otherwise ? [node.otherwise.operator] : [])]
        : node.children.map((c) => c.operator),
  );
  const has = (ok: (d: OperatorDescriptor) => boolean): boolean =>
    allOperators.some((op) => {
      const d = desc(op);
      return d !== undefined && ok(d);
    });
  const parallelAt = w.nodes.findIndex((node) => node.kind === 'parallel');
  const ensembleAfter =
    parallelAt >= 0 &&
    w.nodes.slice(parallelAt + 1).some((_, j) => topDescriptor(parallelAt + 1 + j)?.isEnsemble);
  const hasCheckerConditional = w.nodes.some(
    (node) => node.kind === 'conditional' && desc(node.checker.operator)?.isChecker === true,
  );

  const out: CanvasAction[] = [];
  const planner = planning(recipe.planner);
  if (!has((d) => d.category === 'planning') && planner)
    out.push({ type: 'addOperator', operator: planner, position: 0 });
  if (parallelAt < 0) {
    const branches = recipe.solvers.flatMap((s) => byName(s, (d) => d.isSolver && !d.isEnsemble) ?? []);
    const unique = [...new Set(branches)];
    if (unique.length >= 2) out.push({ type: 'addParallel', operators: unique.slice(0, 3), ...beforeFormat });
    const solver = unique[0];
    if (solver && !has((d) => d.isSolver))
      out.push({ type: 'addOperator', operator: solver, ...beforeFormat });
  } else if (!ensembleAfter) {
    const ensemble = role('ScEnsemble', 'isEnsemble');
    if (ensemble) out.push({ type: 'addOperator', operator: ensemble, position: parallelAt + 1 });
  }
  const needsTests = hasTests && !has((d) => d.runsTests);
  if (!hasCheckerConditional || needsTests) {
    const checker = needsTests ? role('Test', 'runsTests') : role(recipe.checker, 'isChecker');
    const fix = byName('Revise', (d) => d.category === 'revision') ?? role('Custom', 'isSolver');
    if (checker && fix) out.push({ type: 'addConditional', checker, fix, otherwise: null, ...beforeFormat });
    if (checker) out.push({ type: 'addOperator', operator: checker, ...beforeFormat });
  }
  const formatter = role('Format', 'isFormatter');
  if (!topDescriptor(n - 1)?.isFormatter && formatter) out.push({ type: 'addOperator', operator: formatter });
  return out;
}
