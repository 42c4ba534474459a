import type { Rng } from '../../../ports/Rng.ts';

/** A person in a word problem, with the pronouns the text needs. */
export interface Person {
  name: string;
  he: string;
  his: string;
  him: string;
}

const she = (name: string): Person => ({ name, he: 'she', his: 'her', him: 'her' });
const he = (name: string): Person => ({ name, he: 'he', his: 'his', him: 'him' });

/** First names for word problems (fictional people). */
export const PEOPLE: readonly Person[] = [
  ...['Maya', 'Rosa', 'Nina', 'Ana', 'Sofia', 'Priya', 'Lena', 'Chloe', 'Amara', 'Hana', 'Irene', 'Zoe'].map(
    she,
  ),
  ...['Omar', 'Liam', 'Ben', 'Kai', 'Leo', 'Dev', 'Marco', 'Felix', 'Tariq', 'Jonas', 'Hugo', 'Sam'].map(he),
];

/** A uniformly chosen element. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[rng.int(items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

/** `count` distinct elements in random order. */
export function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(...pool.splice(rng.int(pool.length), 1));
  return out;
}

/** An integer in [lo, hi], inclusive. */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + rng.int(hi - lo + 1);
}

/** A multiple of `step` in [lo, hi]. */
export function randStep(rng: Rng, lo: number, hi: number, step: number): number {
  return step * randInt(rng, Math.ceil(lo / step), Math.floor(hi / step));
}

/** A number as written in prose: thousands separators for large integers. */
export function num(x: number): string {
  return Number.isInteger(x) && Math.abs(x) >= 10000 ? x.toLocaleString('en-US') : String(x);
}

/** A dollar amount: `$12`, `$12.50`, `$1,200`. */
export function money(x: number): string {
  const body = Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(2);
  return `$${body}`;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts spelled out as in natural prose ("three friends"); larger ones as digits. */
export function words(x: number): string {
  return WORDS[x] ?? String(x);
}

/** Upper-cases the first letter of a sentence. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
