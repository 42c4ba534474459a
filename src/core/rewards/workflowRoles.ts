import { operatorNodes } from '../graph/workflowQueries.ts';
import type { Workflow } from '../graph/types.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorDescriptor } from '../operators/types.ts';

/** Descriptor flags that mark an operator's role. */
export type RoleFlag = 'isChecker' | 'isFormatter' | 'isSolver' | 'isEnsemble' | 'runsTests';

/**
 * Whether any operator of the workflow (structure children included) has the role, read from its descriptor, so
 * a new operator of a known kind counts without code changes. Unknown operator types have no role.
 */
export function hasRole(workflow: Workflow, registry: OperatorRegistry, flag: RoleFlag): boolean {
  return operatorNodes(workflow).some((node) => {
    const descriptor: OperatorDescriptor | undefined = registry.get(node.operator)?.descriptor;
    return descriptor?.[flag] === true;
  });
}
