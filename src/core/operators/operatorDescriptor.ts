import type { OperatorDescriptor } from './types.ts';

type RoleFlags = Omit<OperatorDescriptor, 'category' | 'costClass' | 'inputKinds' | 'outputKind'>;

/**
 * Builds a descriptor from what sets an operator apart: every role flag is false unless named, an ensemble is
 * recognised from its category, and an operator calls an LLM and no sandbox unless it says otherwise.
 */
export function operatorDescriptor(
  spec: Pick<OperatorDescriptor, 'category' | 'costClass' | 'inputKinds' | 'outputKind'> & Partial<RoleFlags>,
): OperatorDescriptor {
  return {
    isSolver: false,
    isChecker: false,
    runsTests: false,
    isEnsemble: spec.category === 'ensemble',
    isFormatter: false,
    needsLlm: true,
    needsSandbox: false,
    ...spec,
  };
}
