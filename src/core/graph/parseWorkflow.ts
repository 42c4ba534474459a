import type { OperatorRegistry } from '../operators/createOperatorRegistry.ts';
import { DslParser } from './DslParser.ts';
import { DslFailure, toDslError } from './dslPosition.ts';
import type { DslError } from './dslPosition.ts';
import { renumberWorkflow } from './renumberWorkflow.ts';
import type { Workflow } from './types.ts';

export { positionOf } from './dslPosition.ts';
export type { DslError } from './dslPosition.ts';

/** The result of {@link parseWorkflow}: a valid, canonically numbered workflow or a positioned error. */
export type ParseWorkflowResult = { ok: true; workflow: Workflow } | { ok: false; error: DslError };

/**
 * Parses the text form of SPEC §1, e.g. `Plan -> [Programmer, Custom] -> Verify ? Revise : done` or
 * `(Programmer -> Test) * 2`. Prompts: bare name = first template, `Name#id` = template, `Name("text")` = free
 * text with JSON escapes. Names are case-insensitive, `→` stands for `->`, and ids are numbered n1, n2, … in
 * document order. Never throws: every failure, structural ones included, comes back with its position.
 */
export function parseWorkflow(text: string, registry: OperatorRegistry): ParseWorkflowResult {
  try {
    const nodes = new DslParser(text, registry).workflow();
    return { ok: true, workflow: renumberWorkflow({ nodes, nextId: 1 }) };
  } catch (e) {
    if (e instanceof DslFailure) return { ok: false, error: toDslError(text, e) };
    throw e;
  }
}
