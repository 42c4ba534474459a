import type { Rng } from '../../../ports/Rng.ts';
import type { PyValue } from './toPyLiteral.ts';

/** One call of the function under test and the value it must return. */
export interface CodeCase {
  args: PyValue[];
  expected: PyValue;
}

/** Everything one parametrised code task needs; tests are cases, printed as asserts by the suite. */
export interface CodeProblem {
  entryPoint: string;
  /** The `def` line, with type hints. */
  signature: string;
  /** What the function must do, in prose. */
  description: string;
  solution: string;
  /** Realistic wrong versions (off-by-one, a missed edge case, a wrong operator); each fails a hidden case. */
  buggy: string[];
  /** 2–3 ordinary cases a workflow may see. */
  publicCases: CodeCase[];
  /** At least 5 cases, edge cases included, used only for scoring. */
  hiddenCases: CodeCase[];
  difficulty: number;
}

/** A family of code tasks with a finite list of parameter settings; each setting is a distinct task. */
export interface CodeFamily {
  id: string;
  topic: string;
  size: number;
  /** A stable name of setting `index` (it identifies the task for disjointness checks). */
  keyOf(index: number): string;
  build(index: number, rng: Rng): CodeProblem;
}

/** Declares a family from its parameter list; `build` receives one setting and a seeded stream. */
export function defineFamily<P extends Record<string, string | number>>(spec: {
  id: string;
  topic: string;
  params: readonly P[];
  build(params: P, rng: Rng): CodeProblem;
}): CodeFamily {
  const at = (index: number): P => {
    const p = spec.params[index];
    if (p === undefined) throw new RangeError(`${spec.id}: no setting ${index}`);
    return p;
  };
  return {
    id: spec.id,
    topic: spec.topic,
    size: spec.params.length,
    keyOf: (index) => `${spec.id}|${JSON.stringify(at(index))}`,
    build: (index, rng) => spec.build(at(index), rng),
  };
}

/** Every combination of the listed values, in a fixed order. */
export function grid<A extends Record<string, ReadonlyArray<string | number>>>(
  axes: A,
): Array<{ [K in keyof A]: A[K][number] }> {
  let out: Array<Record<string, string | number>> = [{}];
  for (const [key, values] of Object.entries(axes)) {
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [key]: v })));
  }
  return out as Array<{ [K in keyof A]: A[K][number] }>;
}

/** Integers lo..hi inclusive. */
export const span = (lo: number, hi: number): number[] =>
  Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

/** Cases from argument lists and the reference implementation. */
export function casesOf<A extends PyValue[]>(ref: (...args: A) => PyValue, argLists: A[]): CodeCase[] {
  return argLists.map((args) => ({ args, expected: ref(...args) }));
}

/**
 * Python code written inside TypeScript: removes the template's common indentation and first blank line; a
 * multi-line value continues at the indentation of the line it is placed on.
 */
export function py(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  const marked = strings.reduce((acc, s, i) => acc + s + (i < values.length ? `\uE000${i}\uE000` : ''), '');
  const lines = marked.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  const out = lines.map((line) => {
    const l = line.slice(indent);
    const lead = /^ */.exec(l)?.[0] ?? '';
    return l.replace(/\uE000(\d+)\uE000/g, (_, i: string) =>
      String(values[Number(i)]).split('\n').join(`\n${lead}`),
    );
  });
  return out.join('\n') + '\n';
}

/** A random lowercase word. */
export function randWord(rng: Rng, min = 3, max = 8): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const n = min + rng.int(max - min + 1);
  return Array.from({ length: n }, () => letters[rng.int(26)] ?? 'a').join('');
}

/** A random list of integers in [lo, hi]. */
export function randInts(rng: Rng, length: number, lo: number, hi: number): number[] {
  return Array.from({ length }, () => lo + rng.int(hi - lo + 1));
}
