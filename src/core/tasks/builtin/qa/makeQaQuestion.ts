import type { Rng } from '../../../ports/Rng.ts';
import { pickDistinct } from '../math/mathText.ts';
import type { World } from './generateWorld.ts';
import { QA_QUESTION_MAKERS, type SpanPools } from './qaQuestionMakers.ts';
import { mentionedTowns } from './writePassage.ts';

/** Single-hop questions read one fact; bridge questions chain two; comparisons weigh two entities. */
export type QaQuestionKind = 'single' | 'bridge' | 'comparison';

/** A question about a passage with its gold span and same-kind wrong spans from the passage. */
export interface QaQuestion {
  template: string;
  kind: QaQuestionKind;
  hops: number;
  question: string;
  answer: string;
  distractors: string[];
}
const toPools = (w: World): SpanPools => ({
  years: [
    ...new Set(
      w.companies
        .map((c) => String(c.founded))
        .concat(w.people.flatMap((p) => [String(p.born), String(p.joined)])),
    ),
  ],
  people: w.people.map((p) => p.name),
  towns: mentionedTowns(w).map((t) => t.name),
  companies: w.companies.map((c) => c.name),
  products: w.companies.map((c) => c.product),
  roles: w.people.map((p) => p.role),
  rivers: w.describesTowns ? mentionedTowns(w).map((t) => t.river) : [],
});

/**
 * Draws a question of the given kind about the world, with 2–3 distractors: other spans of the passage of the
 * same kind, the closest ones (the other side of a comparison, years of the same sort) first. Null when the
 * world cannot support that kind (for instance no described rivers).
 */
export function makeQaQuestion(rng: Rng, world: World, kind: QaQuestionKind): QaQuestion | null {
  const makers = QA_QUESTION_MAKERS[kind];
  for (const maker of pickDistinct(rng, makers, makers.length)) {
    const draft = maker(rng, world);
    if (draft === null) continue;
    const pool = toPools(world)[draft.pool];
    const others = (list: string[]): string[] =>
      pickDistinct(
        rng,
        list.filter((s) => s !== draft.answer),
        list.length,
      );
    const distractors = [...new Set([...others(draft.preferred ?? []), ...others(pool)])]
      .filter((s) => pool.includes(s))
      .slice(0, 3);
    if (distractors.length < 2) continue;
    const { pool: _pool, preferred: _preferred, ...rest } = draft;
    return { ...rest, distractors };
  }
  return null;
}
