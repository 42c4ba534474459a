import type { Rng } from '../../../ports/Rng.ts';
import { pick, pickDistinct } from '../math/mathText.ts';
import type { Company, Person, World } from './generateWorld.ts';
import type { QaQuestionKind } from './makeQaQuestion.ts';
/** A question before its distractors are drawn. */
export interface QaDraft {
  template: string;
  kind: QaQuestionKind;
  hops: number;
  question: string;
  answer: string;
  pool: keyof SpanPools;
  /** Spans tried first as distractors (the other side of a comparison, the same kind of year). */
  preferred?: string[];
}

/** The spans of a passage, by kind. */
export interface SpanPools {
  years: string[];
  people: string[];
  towns: string[];
  companies: string[];
  products: string[];
  roles: string[];
  rivers: string[];
}

/** Draws one question of a template from a world. */
export type QaQuestionMaker = (rng: Rng, w: World) => QaDraft | null;

const founderOf = (c: Company): Person => {
  if (!c.founder) throw new RangeError(`${c.name} has no founder`);
  return c.founder;
};
const employees = (w: World): Person[] => w.people.filter((p) => !p.founder);
const foundedYears = (w: World): string[] => w.companies.map((c) => String(c.founded));

const SINGLE: QaQuestionMaker[] = [
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

const BRIDGE: QaQuestionMaker[] = [
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

const COMPARISON: QaQuestionMaker[] = [
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

/** The question makers of each kind; a maker returns null when the world cannot support its question. */
export const QA_QUESTION_MAKERS: Record<QaQuestionKind, readonly QaQuestionMaker[]> = {
  single: SINGLE,
  bridge: BRIDGE,
  comparison: COMPARISON,
};
