import type { MathPrograms } from '../../types.ts';
import { Rational } from './Rational.ts';
import { evalPyExpr } from './evalPyExpr.ts';
import type { MathMistake, MathProblemSpec } from './mathTemplateTypes.ts';

/** The task fields a math template yields, before the suite gives it an id. */
export interface BuiltMathTask {
  question: string;
  gold: string;
  distractors: string[];
  programs: MathPrograms;
  difficulty: number;
  /** Template and numbers, independent of names: two tasks with one key are the same problem. */
  key: string;
  mistakeKinds: string[];
}

const pyLiteral = (v: number | Rational): string =>
  typeof v === 'number' ? String(v) : v.isInteger() ? String(v.n) : `Fraction(${v.n}, ${v.d})`;

const toRational = (v: number | Rational): Rational => (typeof v === 'number' ? Rational.of(v) : v);

/** Runs the steps exactly, with some expressions replaced; returns every value computed. */
function evaluate(spec: MathProblemSpec, overrides: Record<string, string>): Rational[] {
  const scope = new Map<string, Rational>();
  const values: Rational[] = [];
  for (const [name, value] of spec.inputs) scope.set(name, toRational(value));
  for (const [name, expr] of spec.steps) {
    const v = evalPyExpr(overrides[name] ?? expr, scope);
    scope.set(name, v);
    values.push(v);
  }
  return values;
}

/** A `def solve():` program that computes the answer step by step with named variables. */
function toProgram(spec: MathProblemSpec, overrides: Record<string, string>): string {
  const exprs = spec.steps.map(([name, expr]) => overrides[name] ?? expr);
  const all = exprs.join(' ') + spec.inputs.map(([, v]) => pyLiteral(v)).join(' ');
  const imports = [
    ...(all.includes('math.') ? ['import math'] : []),
    ...(all.includes('Fraction(') ? ['from fractions import Fraction'] : []),
  ];
  const body = [
    ...spec.inputs.map(([name, v]) => `    ${name} = ${pyLiteral(v)}`),
    ...spec.steps.map(([name], i) => `    ${name} = ${exprs[i] ?? ''}`),
    `    return ${spec.steps.at(-1)?.[0] ?? 'None'}`,
  ];
  return [...imports, ...(imports.length > 0 ? ['', ''] : []), 'def solve():', ...body, ''].join('\n');
}

const distinct = (a: Rational, b: Rational): boolean =>
  Math.abs(a.toNumber() - b.toNumber()) > 2e-3 * Math.max(1, Math.abs(b.toNumber()));

/**
 * Turns a template's spec into gold, 2–3 distractors from its mistakes (falling back to off-by-one slips) and the
 * matching programs; a distractor is never numerically close to the gold, nor negative when the gold is not.
 */
export function buildMathTask(templateId: string, spec: MathProblemSpec): BuiltMathTask {
  const values = evaluate(spec, {});
  const answer = values.at(-1);
  const last = spec.steps.at(-1);
  if (answer === undefined || last === undefined) throw new RangeError(`${templateId}: no steps`);
  const fallbacks: MathMistake[] = [
    { kind: 'off by one', steps: { [last[0]]: `(${last[1]}) + 1` } },
    { kind: 'off by one', steps: { [last[0]]: `(${last[1]}) - 1` } },
  ];
  const chosen: Array<{ mistake: MathMistake; value: Rational }> = [];
  for (const mistake of [...spec.mistakes, ...fallbacks]) {
    if (chosen.length === 3 || (chosen.length >= 2 && fallbacks.includes(mistake))) break;
    let value: Rational | undefined;
    try {
      value = evaluate(spec, mistake.steps).at(-1);
    } catch {
      continue;
    }
    if (value === undefined || !distinct(value, answer)) continue;
    if (value.n < 0n && answer.n >= 0n) continue;
    if (chosen.some((c) => !distinct(value, c.value))) continue;
    chosen.push({ mistake, value });
  }
  const magnitude = Math.max(
    1,
    ...values.map((v) => Math.abs(v.toNumber())),
    ...spec.inputs.map(([, v]) => Math.abs(toRational(v).toNumber())),
  );
  const fractional =
    values.some((v) => !v.isInteger()) || spec.inputs.some(([, v]) => !toRational(v).isInteger());
  const style = spec.fractionAnswer === true ? 'fraction' : 'decimal';
  const difficulty =
    0.1 +
    0.5 * Math.min(1, (spec.steps.length - 1) / 6) +
    0.25 * Math.min(1, Math.log10(magnitude) / 5) +
    (fractional ? 0.15 : 0);
  return {
    question: spec.question,
    gold: answer.format(style),
    distractors: chosen.map((c) => c.value.format(style)),
    programs: { correct: toProgram(spec, {}), wrong: chosen.map((c) => toProgram(spec, c.mistake.steps)) },
    difficulty: Math.round(Math.min(1, difficulty) * 1000) / 1000,
    key: `${templateId}|${spec.inputs.map(([n, v]) => `${n}=${toRational(v).format()}`).join(',')}`,
    mistakeKinds: chosen.map((c) => c.mistake.kind),
  };
}
