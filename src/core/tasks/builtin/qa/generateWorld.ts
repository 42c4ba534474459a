import type { Rng } from '../../../ports/Rng.ts';
import { pick, pickDistinct, randInt } from '../math/mathText.ts';
import {
  COMPANY_HEADS,
  COMPANY_TAILS,
  FIRST_NAMES,
  PRODUCTS,
  RIVERS,
  ROLES,
  SURNAMES,
  TOWN_HEADS,
  TOWN_KINDS,
  TOWN_TAILS,
} from './qaPools.ts';

/** A fictional town and the river through it. */
export interface Town {
  name: string;
  river: string;
  kind: string;
}

/** A fictional person; founders start a company, employees join one. */
export interface Person {
  name: string;
  surname: string;
  he: 'she' | 'he';
  born: number;
  birthplace: Town;
  role: string;
  company: Company;
  joined: number;
  founder: boolean;
}

/** A fictional company. */
export interface Company {
  name: string;
  product: string;
  founded: number;
  hq: Town;
  founder?: Person;
}

/** Everything one passage states. */
export interface World {
  towns: Town[];
  companies: Company[];
  people: Person[];
  /** Whether the passage describes the towns (and so their rivers). */
  describesTowns: boolean;
}

const distinctYears = (rng: Rng, count: number, lo: number, hi: number): number[] => {
  const years = new Set<number>();
  while (years.size < count) years.add(randInt(rng, lo, hi));
  return [...years];
};

/**
 * A coherent set of facts: three towns, three companies in distinct towns each with a founder, and one to three
 * employees; years are distinct within each kind so comparisons have one answer, and names never repeat.
 */
export function generateWorld(rng: Rng, employees: number, describesTowns: boolean): World {
  const heads = pickDistinct(rng, TOWN_HEADS, 4);
  const tails = pickDistinct(rng, TOWN_TAILS, 4);
  const rivers = pickDistinct(rng, RIVERS, 4);
  const towns = heads.map((h, i) => ({
    name: `${h}${tails[i] ?? 'ford'}`,
    river: rivers[i] ?? 'River Calder',
    kind: pick(rng, TOWN_KINDS),
  }));
  const cHeads = pickDistinct(rng, COMPANY_HEADS, 3);
  const products = pickDistinct(rng, PRODUCTS, 3);
  const founded = distinctYears(rng, 3, 1948, 2005);
  const companies: Company[] = cHeads.map((h, i) => ({
    name: `${h} ${pick(rng, COMPANY_TAILS)}`,
    product: products[i] ?? 'tools',
    founded: founded[i] ?? 1990,
    hq: towns[i] ?? towns[0] ?? { name: 'Ashford', river: 'River Calder', kind: 'a market town' },
  }));
  const count = 3 + employees;
  const firsts = pickDistinct(rng, FIRST_NAMES, count);
  const surnames = pickDistinct(rng, SURNAMES, count);
  const roles = pickDistinct(rng, ROLES, count);
  const born = distinctYears(rng, count, 1921, 1985);
  const people: Person[] = firsts.map(([first, he], i) => {
    const founder = i < 3;
    const company = companies[founder ? i : rng.int(3)] ?? (companies[0] as Company);
    const birthYear = founder ? Math.min(born[i] ?? 1950, company.founded - 22) : (born[i] ?? 1960);
    return {
      name: `${first} ${surnames[i] ?? 'Reyna'}`,
      surname: surnames[i] ?? 'Reyna',
      he,
      born: birthYear,
      birthplace: pick(rng, towns),
      role: roles[i] ?? 'chief engineer',
      company,
      joined: founder ? company.founded : Math.max(company.founded + 1, birthYear + 22 + rng.int(15)),
      founder,
    };
  });
  for (const p of people) if (p.founder) p.company.founder = p;
  return { towns, companies, people, describesTowns };
}
