import type { Rng } from '../../../ports/Rng.ts';
import { pick, pickDistinct } from '../math/mathText.ts';
import type { Company, Person, World } from './generateWorld.ts';
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

interface Draft {
  template: string;
  kind: QaQuestionKind;
  hops: number;
  question: string;
  answer: string;
  pool: keyof Pools;
  /** Spans tried first as distractors (the other side of a comparison, the same kind of year). */
  preferred?: string[];
}

interface Pools {
  years: string[];
  people: string[];
  towns: string[];
  companies: string[];
  products: string[];
  roles: string[];
  rivers: string[];
}

type Maker = (rng: Rng, w: World) => Draft | null;

const founderOf = (c: Company): Person => {
  if (!c.founder) throw new RangeError(`${c.name} has no founder`);
  return c.founder;
};
const employees = (w: World): Person[] => w.people.filter((p) => !p.founder);
const foundedYears = (w: World): string[] => w.companies.map((c) => String(c.founded));

const SINGLE: Maker[] = [
  (rng, w) => {
    const c = pick(rng, w.companies);
    const answer = String(c.founded);
    return {
      template: 'founded-year',
      kind: 'single',
      hops: 1,
      question: `In which year was ${c.name} founded?`,
      answer,
      pool: 'years',
      preferred: foundedYears(w),
    };
  },
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'founder',
      kind: 'single',
      hops: 1,
      question: `Who founded ${c.name}?`,
      answer: founderOf(c).name,
      pool: 'people',
    };
  },
  (rng, w) => {
    const p = pick(rng, w.people);
    return {
      template: 'birthplace',
      kind: 'single',
      hops: 1,
      question: `In which town was ${p.name} born?`,
      answer: p.birthplace.name,
      pool: 'towns',
    };
  },
  (rng, w) => {
    const p = pick(rng, w.people);
    return {
      template: 'birth-year',
      kind: 'single',
      hops: 1,
      question: `In which year was ${p.name} born?`,
      answer: String(p.born),
      pool: 'years',
      preferred: w.people.map((q) => String(q.born)),
    };
  },
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'product',
      kind: 'single',
      hops: 1,
      question: `What does ${c.name} make?`,
      answer: c.product,
      pool: 'products',
    };
  },
  (rng, w) => {
    const p = pick(rng, w.people);
    return {
      template: 'role',
      kind: 'single',
      hops: 1,
      question: `What position does ${p.name} hold at ${p.company.name}?`,
      answer: p.role,
      pool: 'roles',
    };
  },
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'headquarters',
      kind: 'single',
      hops: 1,
      question: `In which town is ${c.name} based?`,
      answer: c.hq.name,
      pool: 'towns',
    };
  },
];

const BRIDGE: Maker[] = [
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'founder-birthplace',
      kind: 'bridge',
      hops: 2,
      question: `In which town was the founder of ${c.name} born?`,
      answer: founderOf(c).birthplace.name,
      pool: 'towns',
      preferred: [c.hq.name],
    };
  },
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'founder-birth-year',
      kind: 'bridge',
      hops: 2,
      question: `In which year was the founder of ${c.name} born?`,
      answer: String(founderOf(c).born),
      pool: 'years',
      preferred: [String(c.founded)],
    };
  },
  (rng, w) => {
    const e = employees(w);
    if (e.length === 0) return null;
    const p = pick(rng, e);
    return {
      template: 'employer-founded',
      kind: 'bridge',
      hops: 2,
      question: `In which year was the company that ${p.name} works for founded?`,
      answer: String(p.company.founded),
      pool: 'years',
      preferred: [String(p.joined), ...foundedYears(w)],
    };
  },
  (rng, w) => {
    const e = employees(w);
    if (e.length === 0) return null;
    const p = pick(rng, e);
    return {
      template: 'employer-founder',
      kind: 'bridge',
      hops: 2,
      question: `Who founded the company where ${p.name} is the ${p.role}?`,
      answer: founderOf(p.company).name,
      pool: 'people',
      preferred: w.people.filter((q) => q.founder).map((q) => q.name),
    };
  },
  (rng, w) => {
    const e = employees(w);
    if (e.length === 0) return null;
    const p = pick(rng, e);
    return {
      template: 'employer-town',
      kind: 'bridge',
      hops: 2,
      question: `In which town is the company that ${p.name} joined based?`,
      answer: p.company.hq.name,
      pool: 'towns',
      preferred: [p.birthplace.name],
    };
  },
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'town-product',
      kind: 'bridge',
      hops: 2,
      question: `What does the company based in ${c.hq.name} make?`,
      answer: c.product,
      pool: 'products',
    };
  },
  (rng, w) => {
    const c = pick(rng, w.companies);
    return {
      template: 'product-founder',
      kind: 'bridge',
      hops: 2,
      question: `Who founded the company that makes ${c.product}?`,
      answer: founderOf(c).name,
      pool: 'people',
    };
  },
  (rng, w) => {
    if (!w.describesTowns) return null;
    const p = pick(rng, w.people);
    return {
      template: 'birthplace-river',
      kind: 'bridge',
      hops: 2,
      question: `Which river runs through the town where ${p.name} was born?`,
      answer: p.birthplace.river,
      pool: 'rivers',
    };
  },
];

const COMPARISON: Maker[] = [
  (rng, w) => {
    const [a, b] = pickDistinct(rng, w.people, 2);
    if (!a || !b || a.born === b.born) return null;
    const answer = a.born < b.born ? a.name : b.name;
    return {
      template: 'born-first',
      kind: 'comparison',
      hops: 2,
      question: `Who was born first, ${a.name} or ${b.name}?`,
      answer,
      pool: 'people',
      preferred: [a.name, b.name],
    };
  },
  (rng, w) => {
    const [a, b] = pickDistinct(rng, w.companies, 2);
    if (!a || !b) return null;
    const answer = a.founded < b.founded ? a.name : b.name;
    return {
      template: 'founded-first',
      kind: 'comparison',
      hops: 2,
      question: `Which company was founded earlier, ${a.name} or ${b.name}?`,
      answer,
      pool: 'companies',
      preferred: [a.name, b.name],
    };
  },
  (rng, w) => {
    const [a, b] = pickDistinct(rng, w.companies, 2);
    if (!a || !b || founderOf(a).born === founderOf(b).born) return null;
    const fa = founderOf(a);
    const fb = founderOf(b);
    const answer = fa.born < fb.born ? fa.name : fb.name;
    return {
      template: 'older-founder',
      kind: 'comparison',
      hops: 3,
      question: `Who is older: the founder of ${a.name} or the founder of ${b.name}?`,
      answer,
      pool: 'people',
      preferred: [fa.name, fb.name],
    };
  },
];

const toPools = (w: World): Pools => ({
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
  const makers = kind === 'single' ? SINGLE : kind === 'bridge' ? BRIDGE : COMPARISON;
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
