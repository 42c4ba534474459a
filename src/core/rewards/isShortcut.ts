import type { Workflow } from '../graph/types.ts';
import { countOperators, hasStructure } from '../graph/workflowQueries.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { hasRole } from './workflowRoles.ts';

/** Operators below which an ending workflow counts as a shortcut (the finish rule's minimum). */
export const SHORTCUT_MIN_OPERATORS = 5;

/** A shortcut episode (SPEC §4 log): it ends with fewer than 5 operators, no structure or no checker. */
export function isShortcut(workflow: Workflow, registry: OperatorRegistry): boolean {
  return (
    countOperators(workflow) < SHORTCUT_MIN_OPERATORS ||
    !hasStructure(workflow) ||
    !hasRole(workflow, registry, 'isChecker')
  );
}
