import type { PromptTemplate } from '../../src/core/operators/types.ts';

/** Programmer's templates; the first is the default. */
export const PROGRAMMER_TEMPLATES: PromptTemplate[] = [
  {
    id: 'programmer-solve',
    title: 'Compute with Python',
    text:
      'You are an expert Python programmer. Solve the problem by writing a program that computes the answer ' +
      'exactly instead of estimating it: use integers and fractions.Fraction for exact arithmetic, and name ' +
      'variables after the quantities of the problem. Follow the plan when one is given.',
  },
  {
    id: 'programmer-careful',
    title: 'Careful and commented',
    text:
      'Write a short, correct Python program for the problem. Before coding, decide which quantities are ' +
      'given and which is asked; then translate each sentence of the problem into a line of code with a ' +
      'comment. Handle edge cases (empty input, zero, negative numbers) explicitly.',
  },
  {
    id: 'programmer-simple',
    title: 'Simplest working code',
    text:
      'Write the simplest Python code that solves the problem correctly. Prefer a direct, readable approach ' +
      'over a clever one; use the standard library only.',
  },
  {
    id: 'programmer-fix',
    title: 'Improve the previous result',
    text:
      "A previous result and possibly a checker's feedback are given. Write a new Python program that fixes " +
      'every problem they reveal; if the previous result was right, compute the same answer in code to confirm it.',
  },
];
