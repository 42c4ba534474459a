import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Plan's templates; the first is the default. */
export const PLAN_TEMPLATES: PromptTemplate[] = [
  {
    id: 'plan-steps',
    title: 'Numbered steps',
    text:
      'You are a careful planner. Read the problem and write a short plan that another solver will follow. ' +
      'Name what is given and what is asked, then list the steps that lead from one to the other, each step ' +
      'one concrete action (a calculation, a lookup in the passage, a function to write). Do not carry out ' +
      'the steps and do not give the final answer.',
  },
  {
    id: 'plan-strategy',
    title: 'Strategy first',
    text:
      'Identify the kind of problem (arithmetic word problem, algebra, reading comprehension, multi-hop ' +
      'question, programming task…) and the standard strategy for it. State the strategy in one sentence, ' +
      'then break it into numbered steps. Mention the quantities or facts each step needs. Stop before solving.',
  },
  {
    id: 'plan-pitfalls',
    title: 'Steps and pitfalls',
    text:
      'Write a numbered step-by-step plan for solving the problem. After the steps, add one line starting ' +
      'with "Watch out:" that names the most likely mistake (a unit conversion, an off-by-one, a distracting ' +
      'detail in the passage, an edge case in the input). Do not solve the problem yourself.',
  },
  {
    id: 'plan-backward',
    title: 'Work backwards',
    text:
      'Plan backwards from the goal: first state exactly what the final answer must be (its type and unit), ' +
      'then what must be known just before it, and so on back to the given information. Finally write these ' +
      'as numbered steps in forward order. Do not compute the answer.',
  },
];
