import type { ContenderSpec } from '../../workers/evaluation/evaluationTypes.ts';

/** A contender the view offers as a checkbox. */
export interface ContenderOption {
  id: string;
  label: string;
  /** What it is, shown under the label (a workflow's DSL, a policy's description). */
  description: string;
  spec: ContenderSpec;
}

const workflow = (id: string, label: string, dsl: string): ContenderOption => ({
  id,
  label,
  description: dsl,
  spec: { kind: 'workflow', id, label, group: 'baseline', dsl },
});

const policy = (id: string, label: string, description: string): ContenderOption => ({
  id,
  label,
  description,
  spec: { kind: 'policy', id, label, group: 'baseline', policy: id },
});

/**
 * The baselines of SPEC §6: direct answer (one Custom with its direct template), chain of thought
 * (AnswerGenerate, as SPEC §6 and the README's workflow table define it), the paper's example workflows, and the
 * heuristic, random and untrained policies.
 */
export const BASELINES: readonly ContenderOption[] = [
  workflow('direct', 'Direct answer', 'Custom#custom-direct'),
  workflow('cot', 'Chain of thought', 'AnswerGenerate#answer-cot'),
  workflow(
    'paper-ensemble',
    'Paper: plan, ensemble, verify',
    'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  ),
  workflow('paper-loop', 'Paper: programmer–test loop', 'Plan -> (Programmer -> Test) * 2 -> Format'),
  workflow(
    'paper-checker',
    'Paper: programmer with checker',
    'Programmer -> Verify ? Revise : done -> Format',
  ),
  workflow(
    'paper-qa',
    'Paper: decompose, ensemble, verify',
    'Decompose -> [AnswerGenerate, Custom, AnswerGenerate] -> ScEnsemble -> Verify ? Revise : done -> Format',
  ),
  policy('heuristic', 'Heuristic policy', 'Rule-based expert (the guidance hints)'),
  policy('random', 'Random policy', 'Uniform over legal actions'),
  policy('untrained', 'Untrained policy', 'tfjs policy with its seeded initial weights'),
];

/** The id of the canvas workflow's contender. */
export const CURRENT_WORKFLOW_ID = 'current';

/** The canvas workflow as a contender (in the user's group). */
export function currentWorkflowOption(dsl: string): ContenderOption {
  const label = 'Current workflow';
  return {
    id: CURRENT_WORKFLOW_ID,
    label,
    description: dsl === '' ? '(the canvas is empty)' : dsl,
    spec: { kind: 'workflow', id: CURRENT_WORKFLOW_ID, label, group: 'yours', dsl },
  };
}

/** A saved checkpoint as a contender (in the user's group). */
export function checkpointOption(name: string): ContenderOption {
  const id = `checkpoint:${name}`;
  const label = `Checkpoint ${name}`;
  return {
    id,
    label,
    description: 'Saved by the trainer',
    spec: { kind: 'policy', id, label, group: 'yours', policy: id },
  };
}

/** Contenders picked by default: the canvas, direct, chain of thought, one paper workflow and the heuristic. */
export const DEFAULT_SELECTION: readonly string[] = [
  CURRENT_WORKFLOW_ID,
  'direct',
  'cot',
  'paper-ensemble',
  'heuristic',
];

/** The specs of the selected options, in the order the options are listed. */
export function selectedSpecs(
  options: readonly ContenderOption[],
  selected: ReadonlySet<string>,
): ContenderSpec[] {
  return options.filter((o) => selected.has(o.id)).map((o) => o.spec);
}
