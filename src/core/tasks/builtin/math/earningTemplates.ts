import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, cap, money, pick, randInt, randStep, words } from './mathText.ts';

const GOODS = [
  { one: 'melon', many: 'melons' },
  { one: 'bouquet', many: 'bouquets' },
  { one: 'loaf of bread', many: 'loaves of bread' },
  { one: 'pie', many: 'pies' },
];

/** Profit when part of the stock goes unsold. */
const profit: MathTemplate = {
  id: 'vendor-profit',
  topic: 'shopping',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const g = pick(rng, GOODS);
    const bought = randStep(rng, 20, 40 + 40 * level, 5);
    const unsold = randInt(rng, 2, 8);
    const cost = level === 0 ? randInt(rng, 2, 5) : pick(rng, [1.5, 2.5, 3, 3.5, 4]);
    const price = cost + randInt(rng, 2, 5);
    return {
      question:
        `A vendor, ${p.name}, buys ${bought} ${g.many} for ${money(cost)} each. ${cap(p.he)} sells all but ` +
        `${words(unsold)} of them for ${money(price)} each and throws the unsold ones away. What is ${p.his} profit, ` +
        `in dollars?`,
      inputs: [
        ['bought', bought],
        ['cost_each', cost],
        ['unsold', unsold],
        ['price_each', price],
      ],
      steps: [
        ['total_cost', 'bought * cost_each'],
        ['sold', 'bought - unsold'],
        ['revenue', 'sold * price_each'],
        ['profit', 'revenue - total_cost'],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { profit: 'revenue' } },
        { kind: 'omitted step', steps: { sold: 'bought' } },
        { kind: 'wrong base', steps: { profit: '(price_each - cost_each) * sold' } },
      ],
    };
  },
};

/** Weekly pay with time-and-a-half beyond 40 hours. */
const overtime: MathTemplate = {
  id: 'overtime-pay',
  topic: 'rates',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const rate = level === 0 ? randStep(rng, 12, 30, 2) : randInt(rng, 13, 35);
    const hours = 40 + randInt(rng, 2, 6 + 4 * level);
    return {
      question:
        `${p.name} earns ${money(rate)} per hour for the first 40 hours of a week and 1.5 times that rate for ` +
        `every hour beyond 40. Last week ${p.he} worked ${hours} hours. How much did ${p.he} earn, in dollars?`,
      inputs: [
        ['rate', rate],
        ['hours', hours],
      ],
      steps: [
        ['regular_pay', '40 * rate'],
        ['overtime_hours', 'hours - 40'],
        ['overtime_rate', 'rate * 1.5'],
        ['overtime_pay', 'overtime_hours * overtime_rate'],
        ['total_pay', 'regular_pay + overtime_pay'],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { total_pay: 'hours * rate' } },
        { kind: 'wrong base', steps: { total_pay: 'hours * overtime_rate' } },
        { kind: 'omitted step', steps: { total_pay: 'overtime_pay' } },
      ],
    };
  },
};

/** Simple interest over several years. */
const simpleInterest: MathTemplate = {
  id: 'simple-interest',
  topic: 'percentages',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const principal = randStep(rng, 500, 2000 + 4000 * level, level === 0 ? 500 : 100);
    const rate = pick(rng, [2, 3, 4, 5, 6]);
    const years = randInt(rng, 2, 3 + 2 * level);
    return {
      question:
        `${p.name} deposits ${money(principal)} in a savings account that pays ${rate}% simple interest per year. ` +
        `How much money will be in the account after ${words(years)} years, in dollars?`,
      inputs: [
        ['principal', principal],
        ['rate_percent', rate],
        ['years', years],
      ],
      steps: [
        ['interest_per_year', 'principal * rate_percent / 100'],
        ['total_interest', 'interest_per_year * years'],
        ['balance', 'principal + total_interest'],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { balance: 'total_interest' } },
        { kind: 'omitted step', steps: { total_interest: 'interest_per_year' } },
        { kind: 'wrong operation', steps: { balance: 'principal * (1 + rate_percent / 100) ** years' } },
      ],
    };
  },
};

/** Weeks of saving needed to reach a price (rounding up). */
const savings: MathTemplate = {
  id: 'savings-weeks',
  topic: 'rates',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const thing = pick(rng, ['bike', 'guitar', 'tablet', 'telescope', 'skateboard']);
    const perWeek = randInt(rng, 8, 20 + 10 * level);
    const saved = randStep(rng, 10, 60 + 40 * level, 5);
    let cost = saved + perWeek * randInt(rng, 4, 9 + 6 * level) + randInt(rng, 1, perWeek - 1);
    cost = Math.ceil(cost / 5) * 5;
    if ((cost - saved) % perWeek === 0) cost += 5;
    return {
      question:
        `${p.name} wants a ${thing} that costs ${money(cost)}. ${cap(p.he)} has already saved ${money(saved)} and ` +
        `saves ${money(perWeek)} every week. How many more weeks must ${p.he} save to afford the ${thing}?`,
      inputs: [
        ['cost', cost],
        ['saved', saved],
        ['per_week', perWeek],
      ],
      steps: [
        ['still_needed', 'cost - saved'],
        ['weeks', 'math.ceil(still_needed / per_week)'],
      ],
      mistakes: [
        { kind: 'rounding slip', steps: { weeks: 'still_needed // per_week' } },
        { kind: 'omitted step', steps: { still_needed: 'cost' } },
        { kind: 'off by one', steps: { weeks: 'math.ceil(still_needed / per_week) + 1' } },
      ],
    };
  },
};

/** Earning templates: profit, overtime pay, interest, savings. */
export const EARNING_TEMPLATES: readonly MathTemplate[] = [profit, overtime, simpleInterest, savings];
