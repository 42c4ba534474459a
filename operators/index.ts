import {
  createOperatorRegistry,
  type OperatorRegistry,
} from '../src/core/operators/createOperatorRegistry.ts';
import type { OperatorDefinition } from '../src/core/operators/types.ts';
import { aggregateOperator } from './Aggregate/index.ts';
import { answerGenerateOperator } from './AnswerGenerate/index.ts';
import { customOperator } from './Custom/index.ts';
import { decomposeOperator } from './Decompose/index.ts';
import { formatOperator } from './Format/index.ts';
import { planOperator } from './Plan/index.ts';
import { programmerOperator } from './Programmer/index.ts';
import { reviewOperator } from './Review/index.ts';
import { reviseOperator } from './Revise/index.ts';
import { scEnsembleOperator } from './ScEnsemble/index.ts';
import { testOperator } from './Test/index.ts';
import { verifyOperator } from './Verify/index.ts';

/** The built-in operators in palette order (planning, solving, verification, revision, ensemble, formatting). */
export const BUILTIN_OPERATORS: readonly OperatorDefinition[] = [
  planOperator,
  decomposeOperator,
  customOperator,
  answerGenerateOperator,
  programmerOperator,
  testOperator,
  reviewOperator,
  verifyOperator,
  reviseOperator,
  scEnsembleOperator,
  aggregateOperator,
  formatOperator,
];

/** A registry of the built-ins, optionally followed by more operators (a duplicate type throws). */
export function createBuiltinRegistry(extra: readonly OperatorDefinition[] = []): OperatorRegistry {
  return createOperatorRegistry([...BUILTIN_OPERATORS, ...extra]);
}
