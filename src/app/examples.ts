/** Example workflows offered on the start page: the paper's examples and the baselines of SPEC §6. */
export interface ExampleWorkflow {
  name: string;
  dsl: string;
}

export const EXAMPLE_WORKFLOWS: readonly ExampleWorkflow[] = [
  {
    name: 'Paper example (math)',
    dsl: 'Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format',
  },
  { name: 'Code with tests', dsl: 'Plan -> Programmer -> (Test) * 2 -> Review ? Revise : done -> Format' },
  {
    name: 'Reading comprehension',
    dsl: 'Decompose -> [AnswerGenerate, Custom, AnswerGenerate] -> ScEnsemble -> Verify ? Revise : done -> Format',
  },
  { name: 'Direct answer', dsl: 'Custom' },
  { name: 'Chain of thought', dsl: 'AnswerGenerate' },
];
