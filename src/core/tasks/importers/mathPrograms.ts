import type { MathPrograms } from '../types.ts';

/** The answer as a Python literal: an int or float when it is a plain number, else a string literal. */
export function pythonLiteral(answer: string): string {
  const text = answer.trim();
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text)) return text;
  // JSON string escapes (\" \\ \n \uXXXX) are all valid in Python string literals.
  return JSON.stringify(answer);
}

/** A Python program whose `solve()` returns the answer, for the simulated Programmer operator. */
export function answerProgram(answer: string): string {
  return `def solve():\n    return ${pythonLiteral(answer)}\n`;
}

/** The correct program for the gold answer and one wrong program per distractor, in distractor order. */
export function mathPrograms(gold: string, distractors: readonly string[]): MathPrograms {
  return { correct: answerProgram(gold), wrong: distractors.map(answerProgram) };
}
