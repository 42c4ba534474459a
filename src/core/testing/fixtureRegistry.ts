import { createOperatorRegistry } from '../operators/createOperatorRegistry.ts';
import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { defineOperator } from '../operators/defineOperator.ts';
import type { OperatorDefinition, OperatorDescriptor, PromptTemplate } from '../operators/types.ts';

type Flags = Pick<
  OperatorDescriptor,
  'isSolver' | 'isChecker' | 'runsTests' | 'isEnsemble' | 'isFormatter' | 'needsLlm' | 'needsSandbox'
>;

const NO_FLAGS: Flags = {
  isSolver: false,
  isChecker: false,
  runsTests: false,
  isEnsemble: false,
  isFormatter: false,
  needsLlm: true,
  needsSandbox: false,
};

/** The descriptors of OPERATORS.md, in palette order, so graph and action tests never load the real operators. */
export const FIXTURE_DESCRIPTORS: Readonly<Record<string, OperatorDescriptor>> = {
  Plan: { ...NO_FLAGS, category: 'planning', costClass: 'low', inputKinds: ['problem'], outputKind: 'plan' },
  Decompose: {
    ...NO_FLAGS,
    category: 'planning',
    costClass: 'low',
    inputKinds: ['problem'],
    outputKind: 'plan',
  },
  Custom: {
    ...NO_FLAGS,
    category: 'solving',
    costClass: 'medium',
    inputKinds: ['problem', 'plan', 'answer'],
    outputKind: 'answer',
    isSolver: true,
  },
  AnswerGenerate: {
    ...NO_FLAGS,
    category: 'solving',
    costClass: 'medium',
    inputKinds: ['problem', 'plan'],
    outputKind: 'answer',
    isSolver: true,
  },
  Programmer: {
    ...NO_FLAGS,
    category: 'solving',
    costClass: 'high',
    inputKinds: ['problem', 'plan', 'answer'],
    outputKind: 'answer',
    isSolver: true,
    needsSandbox: true,
  },
  Test: {
    ...NO_FLAGS,
    category: 'verification',
    costClass: 'high',
    inputKinds: ['code'],
    outputKind: 'code',
    isChecker: true,
    runsTests: true,
    needsSandbox: true,
  },
  Review: {
    ...NO_FLAGS,
    category: 'verification',
    costClass: 'low',
    inputKinds: ['answer'],
    outputKind: 'verdict',
    isChecker: true,
  },
  Verify: {
    ...NO_FLAGS,
    category: 'verification',
    costClass: 'medium',
    inputKinds: ['answer'],
    outputKind: 'verdict',
    isChecker: true,
  },
  Revise: {
    ...NO_FLAGS,
    category: 'revision',
    costClass: 'medium',
    inputKinds: ['answer', 'verdict'],
    outputKind: 'answer',
    isSolver: true,
  },
  ScEnsemble: {
    ...NO_FLAGS,
    category: 'ensemble',
    costClass: 'low',
    inputKinds: ['candidates'],
    outputKind: 'answer',
    isEnsemble: true,
  },
  Aggregate: {
    ...NO_FLAGS,
    category: 'ensemble',
    costClass: 'low',
    inputKinds: ['candidates'],
    outputKind: 'answer',
    isSolver: true,
    isEnsemble: true,
  },
  Format: {
    ...NO_FLAGS,
    category: 'formatting',
    costClass: 'low',
    inputKinds: ['answer'],
    outputKind: 'answer',
    isFormatter: true,
  },
};

/** Template ids every fixture operator has; the first is the default. */
export const FIXTURE_TEMPLATE_IDS = ['default', 'concise', 'stepwise'] as const;

const fixtureTemplates = (type: string): PromptTemplate[] =>
  FIXTURE_TEMPLATE_IDS.map((id) => ({
    id,
    title: `${type} ${id}`,
    text: `Fixture ${id} instruction for ${type}.`,
  }));

/**
 * A fixture operator whose `run` passes its input through; `descriptorOverrides` start from a plain solver, so
 * tests can declare a 13th operator of a known kind (e.g. `{ category: 'verification', isChecker: true }`).
 */
export function fixtureOperator(
  type: string,
  descriptorOverrides: Partial<OperatorDescriptor> = {},
): OperatorDefinition {
  const base: OperatorDescriptor = FIXTURE_DESCRIPTORS[type] ?? {
    ...NO_FLAGS,
    category: 'solving',
    costClass: 'medium',
    inputKinds: ['problem', 'plan', 'answer'],
    outputKind: 'answer',
    isSolver: true,
  };
  return defineOperator({
    type,
    summary: `Fixture ${type}`,
    descriptor: { ...base, ...descriptorOverrides },
    templates: fixtureTemplates(type),
    run: (ctx) => Promise.resolve({ output: ctx.input, summary: 'fixture', signals: {} }),
  });
}

/** A registry of the 12 built-in operator types with the agreed descriptors and pass-through behaviour. */
export function createFixtureRegistry(): OperatorRegistry {
  return createOperatorRegistry(Object.keys(FIXTURE_DESCRIPTORS).map((type) => fixtureOperator(type)));
}
