import type { Rng } from '../../../ports/Rng.ts';
import { pick, pickDistinct } from '../math/mathText.ts';
import type { Company, Person, Town, World } from './generateWorld.ts';

const townSentence = (rng: Rng, t: Town): string =>
  pick(rng, [
    `${t.name} is ${t.kind} on the ${t.river}.`,
    `${t.name}, ${t.kind}, lies on the banks of the ${t.river}.`,
    `The ${t.river} runs through ${t.name}, ${t.kind}.`,
  ]);

const companySentences = (rng: Rng, c: Company): string[] => {
  const f = c.founder;
  if (!f) throw new RangeError(`${c.name} has no founder`);
  return [
    pick(rng, [
      `${c.name} was founded in ${c.founded} by ${f.name} in ${c.hq.name}, where it still has its headquarters.`,
      `In ${c.founded}, ${f.name} started ${c.name}, a firm based in ${c.hq.name}.`,
      `${f.name} founded ${c.name} in ${c.hq.name} in ${c.founded}.`,
    ]),
    pick(rng, [
      `The company makes ${c.product}.`,
      `${c.name} is best known for its ${c.product}.`,
      `Today ${c.name} sells ${c.product} across the region.`,
    ]),
    pick(rng, [
      `${f.surname} was born in ${f.birthplace.name} in ${f.born} and serves as the company's ${f.role}.`,
      `Born in ${f.birthplace.name} in ${f.born}, ${f.surname} is now its ${f.role}.`,
    ]),
  ];
};

const employeeSentence = (rng: Rng, p: Person): string =>
  pick(rng, [
    `${p.name}, who was born in ${p.birthplace.name} in ${p.born}, joined ${p.company.name} in ${p.joined} as its ${p.role}.`,
    `Born in ${p.born} in ${p.birthplace.name}, ${p.name} became ${p.role} of ${p.company.name} in ${p.joined}.`,
    `${p.name} has worked at ${p.company.name} since ${p.joined} and is its ${p.role}; ${p.he} was born in ${p.birthplace.name} in ${p.born}.`,
  ]);

/** The towns a passage mentions: headquarters and birthplaces. */
export function mentionedTowns(world: World): Town[] {
  const used = new Set<Town>([...world.companies.map((c) => c.hq), ...world.people.map((p) => p.birthplace)]);
  return world.towns.filter((t) => used.has(t));
}

/**
 * Writes the facts of a world as one coherent passage: optional town descriptions, each company with its founder,
 * then the employees, with sentence forms and orders drawn from the stream.
 */
export function writePassage(rng: Rng, world: World): string {
  const towns = world.describesTowns
    ? pickDistinct(rng, mentionedTowns(world), 99).map((t) => townSentence(rng, t))
    : [];
  const companies = pickDistinct(rng, world.companies, 3).flatMap((c) => companySentences(rng, c));
  const employees = pickDistinct(
    rng,
    world.people.filter((p) => !p.founder),
    99,
  ).map((p) => employeeSentence(rng, p));
  return [...towns, ...companies, ...employees].join(' ');
}
