import type { Rng } from '../../ports/Rng.ts';
import { entitySpans, numberSpans, phraseSpans } from './extractSpans.ts';
import { formatNumber } from './mathDistractors.ts';
import { normalizeQaAnswer, overlapsQaAnswer } from './normalizeAnswer.ts';

/** Where wrong answers for a QA task can come from, besides the gold answer itself. */
export interface QaDistractorSources {
  question: string;
  /** The reading passage, when the task has one. */
  passage?: string;
  /** Wrong answers the dataset itself provides (SQuAD `plausible_answers`), tried first. */
  plausible?: readonly string[];
  /** Answers of other records in the same file, for open-domain sets with no passage. */
  pool?: readonly string[];
}

type Shape = 'yesno' | 'number' | 'entity' | 'phrase';

/** The kind of answer a string is, so distractors can be of the same kind (a year for a year). */
export function answerShape(answer: string): Shape {
  const text = answer.trim();
  if (/^(?:yes|no)$/i.test(text)) return 'yesno';
  if (/\d/.test(text)) return 'number';
  return /^\p{Lu}/u.test(text) ? 'entity' : 'phrase';
}

/** Finer kind of a number-like answer: a year, a date with a month, or another quantity. */
function numberKind(answer: string): 'year' | 'date' | 'quantity' {
  if (/\p{L}{3,}\s+\d|\d\s+\p{Lu}\p{L}{2,}/u.test(answer)) return 'date';
  return /^\D*\b(1\d{3}|20\d{2})\b\D*$/.test(answer) ? 'year' : 'quantity';
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

function shuffled(items: readonly string[], rng: Rng): string[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

function perturbNumbers(answer: string): string[] {
  const m = /\d+(?:\.\d+)?/.exec(answer);
  if (m === null) return [];
  const n = Number(m[0]);
  const deltas = n >= 1000 && n <= 2100 ? [1, -1, 10, -10] : [1, -1, 2];
  return deltas.map(
    (d) => answer.slice(0, m.index) + formatNumber(n + d) + answer.slice(m.index + m[0].length),
  );
}

/**
 * 2–3 wrong answers for a QA task, taken in tiers: the dataset's own plausible answers, the opposite of yes/no,
 * spans of the same kind from the question and passage, other spans, other records' answers, the gold with a
 * number moved, and last noun-phrase chunks. None equals (or contains, or is contained in) a gold answer after
 * SQuAD normalisation; the choice inside a tier depends only on `rng`.
 */
export function qaDistractors(
  gold: readonly string[],
  sources: QaDistractorSources,
  rng: Rng,
  count = 3,
): string[] {
  const main = gold.find((g) => g.trim() !== '') ?? '';
  const shape = main === '' ? 'entity' : answerShape(main);
  const text = `${sources.question}\n${sources.passage ?? ''}`;
  const entities = once(() => entitySpans(text));
  const numbers = once(() => numberSpans(text));
  const phrases = once(() => phraseSpans(text));
  const sameShape: Record<Shape, () => string[]> = {
    yesno: () => entitySpans(sources.question),
    number: numbers,
    entity: entities,
    phrase: () => phrases().filter((p) => !/^\p{Lu}/u.test(p)),
  };
  const pool = sources.pool ?? [];
  const kind = numberKind(main);
  // Tiers are computed only when reached: most tasks are served by the first two or three.
  const tiers: (() => string[])[] = [
    () => [...(sources.plausible ?? [])],
    () => (shape === 'yesno' ? [/^yes$/i.test(main) ? 'no' : 'yes'] : []),
    () =>
      shape === 'number'
        ? shuffled(
            numbers().filter((n) => numberKind(n) === kind),
            rng,
          )
        : [],
    () => shuffled(sameShape[shape](), rng),
    () => shuffled([...entities(), ...numbers()], rng),
    () => shuffled(main === '' ? pool : pool.filter((p) => answerShape(p) === shape), rng),
    () => gold.flatMap(perturbNumbers),
    () => shuffled([...pool, ...phrases()], rng),
  ];
  const out: string[] = [];
  for (const tier of tiers) {
    for (const candidate of out.length < count ? tier() : []) {
      if (out.length >= count) break;
      const words = candidate.trim().split(/\s+/).length;
      if (normalizeQaAnswer(candidate) === '' || words > 8) continue;
      if (gold.some((g) => overlapsQaAnswer(candidate, g))) continue;
      if (out.some((o) => overlapsQaAnswer(candidate, o))) continue;
      out.push(candidate.trim());
    }
  }
  return out;
}
