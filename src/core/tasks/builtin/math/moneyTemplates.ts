import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, cap, money, pick, pickDistinct, randInt, randStep, words } from './mathText.ts';

const SHOP_ITEMS = [
  { key: 'notebook', one: 'notebook', many: 'notebooks', lo: 2, hi: 6, half: true },
  { key: 'pen', one: 'pen', many: 'pens', lo: 1, hi: 3, half: true },
  { key: 'apple', one: 'bag of apples', many: 'bags of apples', lo: 3, hi: 7, half: true },
  { key: 'mug', one: 'mug', many: 'mugs', lo: 5, hi: 12, half: false },
  { key: 'candle', one: 'candle', many: 'candles', lo: 4, hi: 9, half: true },
  { key: 'plant', one: 'potted plant', many: 'potted plants', lo: 6, hi: 15, half: false },
  { key: 'book', one: 'paperback', many: 'paperbacks', lo: 7, hi: 14, half: false },
];

/** Buying several items and paying with a bill: totals and change. */
const shoppingChange: MathTemplate = {
  id: 'shopping-change',
  topic: 'shopping',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const items = pickDistinct(rng, SHOP_ITEMS, level + 2).map((it) => ({
      ...it,
      count: randInt(rng, 2, 3 + 2 * level),
      price: it.half && rng.next() < 0.5 ? randInt(rng, it.lo, it.hi) + 0.5 : randInt(rng, it.lo, it.hi),
    }));
    const total = items.reduce((s, it) => s + it.count * it.price, 0);
    const bill = [20, 50, 100, 200].find((b) => b > total + 1) ?? 500;
    const list = items.map((it) => `${words(it.count)} ${it.many} at ${money(it.price)} each`);
    const last = items.at(-1);
    const first = items[0];
    if (!last || !first) throw new RangeError('no items');
    const costs = items.map((it) => `${it.key}_cost`);
    return {
      question:
        `${p.name} buys ${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}. ` +
        `${cap(p.he)} pays with a ${money(bill)} bill. How much change does ${p.he} get, in dollars?`,
      inputs: [
        ...items.flatMap((it): Array<[string, number]> => [
          [`${it.key}_count`, it.count],
          [`${it.key}_price`, it.price],
        ]),
        ['paid', bill],
      ],
      steps: [
        ...items.map((it): [string, string] => [`${it.key}_cost`, `${it.key}_count * ${it.key}_price`]),
        ['total_cost', costs.join(' + ')],
        ['change', 'paid - total_cost'],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { total_cost: costs.slice(0, -1).join(' + ') } },
        {
          kind: 'wrong operation',
          steps: { [`${first.key}_cost`]: `${first.key}_count + ${first.key}_price` },
        },
        { kind: 'omitted step', steps: { change: 'total_cost' } },
      ],
    };
  },
};

const SALE_ITEMS = ['jacket', 'pair of boots', 'lamp', 'backpack', 'board game', 'blender'];
const SALE_PLURAL: Record<string, string> = { 'pair of boots': 'pairs of boots' };

/** A percentage discount, optionally followed by sales tax. */
const discount: MathTemplate = {
  id: 'sale-discount',
  topic: 'percentages',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const item = pick(rng, SALE_ITEMS);
    const many = SALE_PLURAL[item] ?? `${item}s`;
    const price = randStep(rng, 20, 60 + 60 * level, level === 0 ? 10 : 4);
    const percent = pick(rng, [10, 15, 20, 25, 30, 40, 50]);
    const count = randInt(rng, 2, 3 + level);
    const tax = level === 2 ? pick(rng, [5, 8, 10]) : 0;
    const steps: Array<[string, string]> = [
      ['discount', 'price * percent_off / 100'],
      ['sale_price', 'price - discount'],
      ['total', 'sale_price * count'],
    ];
    if (tax > 0) steps.push(['tax', 'total * tax_percent / 100'], ['total_with_tax', 'total + tax']);
    return {
      question:
        `A store sells ${many} for ${money(price)} each. During a sale, everything is ${percent}% off. ` +
        `${p.name} buys ${words(count)} ${many}` +
        (tax > 0 ? `, and a ${tax}% sales tax is added to the discounted total` : '') +
        `. How much does ${p.he} pay in total, in dollars?`,
      inputs: [
        ['price', price],
        ['percent_off', percent],
        ['count', count],
        ...(tax > 0 ? [['tax_percent', tax] as [string, number]] : []),
      ],
      steps,
      mistakes: [
        { kind: 'omitted step', steps: { sale_price: 'price' } },
        { kind: 'wrong quantity', steps: { total: 'discount * count' } },
        { kind: 'unit slip', steps: { discount: 'price * percent_off / 1000' } },
        ...(tax > 0 ? [{ kind: 'omitted step' as const, steps: { total_with_tax: 'total' } }] : []),
      ],
    };
  },
};

const PRODUCE = [
  { animal: 'hens', thing: 'eggs', one: 'egg', a: 'for breakfast', b: 'for baking' },
  { animal: 'goats', thing: 'liters of milk', one: 'liter', a: 'for cheese', b: 'for the kitchen' },
  { animal: 'apple trees', thing: 'apples', one: 'apple', a: 'for pies', b: 'for the neighbours' },
];

/** Daily production minus what is used, sold at a price, over several days (GSM8K style). */
const farmProduce: MathTemplate = {
  id: 'farm-produce',
  topic: 'shopping',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const f = pick(rng, PRODUCE);
    const useA = randInt(rng, 2, 5);
    const useB = randInt(rng, 2, 6);
    const produced = useA + useB + randInt(rng, 6, 12 + 20 * level);
    const price = level === 0 ? randInt(rng, 2, 4) : pick(rng, [1.5, 2, 2.5, 3]);
    const multiDay = level > 0;
    const steps: Array<[string, string]> = [
      ['left_to_sell', 'produced - used_a - used_b'],
      ['daily_income', 'left_to_sell * price'],
    ];
    if (multiDay) steps.push(['income', 'daily_income * days']);
    return {
      question:
        `${p.name}'s ${f.animal} produce ${produced} ${f.thing} every day. ${cap(p.he)} uses ${useA} ${f.a} and ` +
        `${useB} ${f.b}, and sells the rest at ${money(price)} per ${f.one}. ` +
        (multiDay
          ? `How much money does ${p.he} make from Monday through Friday?`
          : `How much money does ${p.he} make each day?`),
      inputs: [
        ['produced', produced],
        ['used_a', useA],
        ['used_b', useB],
        ['price', price],
        ...(multiDay ? [['days', 5] as [string, number]] : []),
      ],
      steps,
      mistakes: [
        { kind: 'omitted step', steps: { left_to_sell: 'produced - used_a' } },
        { kind: 'omitted step', steps: { left_to_sell: 'produced' } },
        multiDay
          ? { kind: 'off by one', steps: { income: 'daily_income * (days - 1)' } }
          : { kind: 'wrong operation', steps: { left_to_sell: 'produced - used_a + used_b' } },
      ],
    };
  },
};

/** A restaurant bill with a tip, split among a group that includes the speaker. */
const splitBill: MathTemplate = {
  id: 'split-bill',
  topic: 'percentages',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const friends = randInt(rng, 2, 4 + level);
    const people = friends + 1;
    const tip = pick(rng, [10, 15, 20, 25]);
    // A bill that splits into whole cents keeps the gold a short decimal.
    const bill = randStep(rng, 40, 120 + 100 * level, people * 4);
    return {
      question:
        `${p.name} and ${p.his} ${words(friends)} friends have dinner. The bill is ${money(bill)}, and they add a ` +
        `${tip}% tip. If they split the total equally, how much does each person pay, in dollars?`,
      inputs: [
        ['bill', bill],
        ['tip_percent', tip],
        ['friends', friends],
      ],
      steps: [
        ['tip', 'bill * tip_percent / 100'],
        ['total', 'bill + tip'],
        ['people', 'friends + 1'],
        ['each_pays', 'total / people'],
      ],
      mistakes: [
        { kind: 'off by one', steps: { people: 'friends' } },
        { kind: 'omitted step', steps: { total: 'bill' } },
        { kind: 'wrong quantity', steps: { each_pays: 'tip / people' } },
      ],
    };
  },
};

/** Money templates: shopping, discounts, produce sales, split bills. */
export const MONEY_TEMPLATES: readonly MathTemplate[] = [shoppingChange, discount, farmProduce, splitBill];
