import type { Rng } from '../../../ports/Rng.ts';
import type { Rational } from './Rational.ts';

/** The kinds of typical mistakes a wrong program or distractor models (SPEC §3: plausible wrong candidates). */
export type MistakeKind =
  | 'omitted step'
  | 'wrong operation'
  | 'off by one'
  | 'rounding slip'
  | 'unit slip'
  | 'wrong base'
  | 'wrong quantity';

/** A mistake replaces the expressions of some named steps; the rest of the program is unchanged. */
export interface MathMistake {
  kind: MistakeKind;
  steps: Record<string, string>;
}

/**
 * One generated word problem: given quantities, named computation steps (Python expressions over earlier names;
 * the last step is the answer) and the mistakes that yield its distractors.
 */
export interface MathProblemSpec {
  question: string;
  inputs: Array<[name: string, value: number | Rational]>;
  steps: Array<[name: string, expr: string]>;
  mistakes: MathMistake[];
  /** Answers written as `a/b` (the question asks for a fraction) rather than as short decimals. */
  fractionAnswer?: boolean;
}

/** Difficulty level a template is asked for: larger numbers and more steps as it grows. */
export type MathLevel = 0 | 1 | 2;

/** A family of word problems: `build` draws names and numbers from the stream. */
export interface MathTemplate {
  id: string;
  topic: string;
  build(rng: Rng, level: MathLevel): MathProblemSpec;
}
