import { Rational } from './Rational.ts';
import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, cap, money, pick, pickDistinct, randInt, randStep } from './mathText.ts';

/** Rectangle areas with a cut-out, or a fence priced by the meter. */
const garden: MathTemplate = {
  id: 'garden-area',
  topic: 'geometry',
  build(rng, level) {
    const length = randInt(rng, 8, 20 + 20 * level);
    const width = randInt(rng, 5, length - 2);
    if (rng.next() < 0.5) {
      const side = randInt(rng, 2, Math.min(width - 1, 4 + 2 * level));
      const priced = level > 0;
      const cost = pick(rng, [2, 3, 4, 5]);
      const steps: Array<[string, string]> = [
        ['garden_area', 'length * width'],
        ['bed_area', 'side * side'],
        ['grass_area', 'garden_area - bed_area'],
      ];
      if (priced) steps.push(['grass_cost', 'grass_area * cost_per_m2']);
      return {
        question:
          `A rectangular garden is ${length} meters long and ${width} meters wide. A square flower bed with ` +
          `sides of ${side} meters is dug in the middle, and the rest is covered with grass` +
          (priced
            ? ` that costs ${money(cost)} per square meter. How much does the grass cost, in dollars?`
            : '. How many square meters of grass are needed?'),
        inputs: [
          ['length', length],
          ['width', width],
          ['side', side],
          ...(priced ? [['cost_per_m2', cost] as [string, number]] : []),
        ],
        steps,
        mistakes: [
          { kind: 'omitted step', steps: { grass_area: 'garden_area' } },
          { kind: 'wrong operation', steps: { bed_area: 'side * 4' } },
          { kind: 'wrong operation', steps: { garden_area: '2 * (length + width)' } },
        ],
      };
    }
    const price = level === 0 ? randInt(rng, 3, 9) : pick(rng, [4.5, 6.25, 7.5, 8, 12.5]);
    return {
      question:
        `A rectangular field is ${length} meters long and ${width} meters wide. Fencing costs ${money(price)} ` +
        `per meter. How much does it cost to fence the whole field, in dollars?`,
      inputs: [
        ['length', length],
        ['width', width],
        ['price_per_meter', price],
      ],
      steps: [
        ['perimeter', '2 * (length + width)'],
        ['fence_cost', 'perimeter * price_per_meter'],
      ],
      mistakes: [
        { kind: 'wrong quantity', steps: { perimeter: 'length * width' } },
        { kind: 'omitted step', steps: { perimeter: 'length + width' } },
        { kind: 'wrong operation', steps: { fence_cost: 'perimeter + price_per_meter' } },
      ],
    };
  },
};

/** Circle areas with π ≈ 3.14, from a diameter. */
const circle: MathTemplate = {
  id: 'circle-area',
  topic: 'geometry',
  build(rng, level) {
    const thing = pick(rng, ['circular pond', 'round table top', 'circular rug', 'round flower bed']);
    const diameter = randStep(rng, 2, 12 + 10 * level, 2);
    const priced = level === 2;
    const cost = pick(rng, [2, 3, 5, 10]);
    const steps: Array<[string, string]> = [
      ['radius', 'diameter / 2'],
      ['area', '3.14 * radius * radius'],
    ];
    if (priced) steps.push(['cover_cost', 'area * cost_per_unit']);
    return {
      question:
        `A ${thing} has a diameter of ${diameter} feet. Using 3.14 for π, ` +
        (priced
          ? `how much does it cost to cover it with material that costs ${money(cost)} per square foot?`
          : 'what is its area in square feet?'),
      inputs: [['diameter', diameter], ...(priced ? [['cost_per_unit', cost] as [string, number]] : [])],
      steps,
      mistakes: [
        { kind: 'wrong base', steps: { radius: 'diameter' } },
        { kind: 'wrong quantity', steps: { area: '2 * 3.14 * radius' } },
        { kind: 'omitted step', steps: { area: '3.14 * radius' } },
      ],
    };
  },
};

/** Grams per batch to kilogram bags, rounding up to whole bags. */
const flourBags: MathTemplate = {
  id: 'flour-bags',
  topic: 'unit conversion',
  build(rng, level) {
    const what = pick(rng, [
      { place: 'A bakery', per: 'loaf', pers: 'loaves', stuff: 'flour', comes: 'comes' },
      { place: 'A café', per: 'cake', pers: 'cakes', stuff: 'sugar', comes: 'comes' },
      {
        place: 'A school kitchen',
        per: 'pot of soup',
        pers: 'pots of soup',
        stuff: 'lentils',
        comes: 'come',
      },
    ]);
    const grams = randStep(rng, 150, 450 + 200 * level, 25);
    const bagKg = pick(rng, [1, 2, 5]);
    let count = randInt(rng, 10, 30 + 30 * level);
    while ((grams * count) % (bagKg * 1000) === 0) count += 1;
    return {
      question:
        `${what.place} uses ${grams} grams of ${what.stuff} for each ${what.per} and makes ${count} ${what.pers} ` +
        `a day. The ${what.stuff} ${what.comes} in ${bagKg}-kilogram bags. How many bags does it need to open each day?`,
      inputs: [
        ['grams_each', grams],
        ['count', count],
        ['bag_kg', bagKg],
      ],
      steps: [
        ['total_grams', 'grams_each * count'],
        ['bag_grams', 'bag_kg * 1000'],
        ['bags', 'math.ceil(total_grams / bag_grams)'],
      ],
      mistakes: [
        { kind: 'rounding slip', steps: { bags: 'total_grams // bag_grams' } },
        { kind: 'unit slip', steps: { bag_grams: 'bag_kg * 100' } },
        { kind: 'rounding slip', steps: { bags: 'total_grams / bag_grams' } },
      ],
    };
  },
};

/** Volume of a box in cubic centimeters, converted to liters. */
const tank: MathTemplate = {
  id: 'tank-liters',
  topic: 'unit conversion',
  build(rng, level) {
    const length = randStep(rng, 30, 60 + 40 * level, 10);
    const width = randStep(rng, 20, 40 + 20 * level, 5);
    const height = randStep(rng, 20, 50, 10);
    const partial = level > 0;
    const depth = height - randStep(rng, 5, height - 10, 5);
    return {
      question:
        `An aquarium is ${length} cm long, ${width} cm wide and ${height} cm tall. ` +
        (partial ? `It is filled with water to a depth of ${depth} cm. ` : 'It is filled to the top. ') +
        'How many liters of water are in it? (1 liter = 1,000 cubic centimeters.)',
      inputs: [
        ['length', length],
        ['width', width],
        ['height', height],
        ...(partial ? [['depth', depth] as [string, number]] : []),
      ],
      steps: [
        ['volume_cm3', partial ? 'length * width * depth' : 'length * width * height'],
        ['liters', 'volume_cm3 / 1000'],
      ],
      mistakes: [
        { kind: 'unit slip', steps: { liters: 'volume_cm3 / 100' } },
        partial
          ? { kind: 'wrong base', steps: { volume_cm3: 'length * width * height' } }
          : { kind: 'wrong operation', steps: { volume_cm3: 'length * width + height' } },
        { kind: 'omitted step', steps: { liters: 'volume_cm3' } },
      ],
    };
  },
};

const USES = ['pancakes', 'muffins', 'a pie crust', 'cookies', 'a loaf of bread', 'a sauce'];
const CUPS: ReadonlyArray<[number, number]> = [
  [1, 2],
  [1, 3],
  [2, 3],
  [1, 4],
  [3, 4],
  [1, 6],
  [5, 6],
  [3, 8],
];

/** Adding fractional amounts exactly, then subtracting from a whole. */
const fractionSums: MathTemplate = {
  id: 'fraction-sums',
  topic: 'fractions',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const n = level === 0 ? 2 : 3;
    const uses = pickDistinct(rng, USES, n);
    const amounts = pickDistinct(rng, CUPS, n);
    const bag = randInt(rng, 3, 5);
    const stuff = pick(rng, ['flour', 'sugar', 'oat flour']);
    const keys = uses.map((x) => x.replace(/^an? /, '').replace(/ of /g, '_').replace(/ /g, '_'));
    const list = uses.map((x, i) => `${amounts[i]?.[0] ?? 1}/${amounts[i]?.[1] ?? 2} cup for ${x}`);
    return {
      question:
        `${p.name} has a ${bag}-cup bag of ${stuff}. ${cap(p.he)} uses ${list.slice(0, -1).join(', ')} and ` +
        `${list.at(-1) ?? ''}. How many cups of ${stuff} are left? Give the answer as a fraction.`,
      inputs: [
        ...keys.map((k, i): [string, Rational] => [
          `${k}_cups`,
          new Rational(BigInt(amounts[i]?.[0] ?? 1), BigInt(amounts[i]?.[1] ?? 2)),
        ]),
        ['bag_cups', bag],
      ],
      steps: [
        ['used', keys.map((k) => `${k}_cups`).join(' + ')],
        ['left', 'bag_cups - used'],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { left: 'used' } },
        {
          kind: 'omitted step',
          steps: {
            used: keys
              .slice(0, -1)
              .map((k) => `${k}_cups`)
              .join(' + '),
          },
        },
        { kind: 'wrong operation', steps: { used: keys.map((k) => `${k}_cups`).join(' * ') } },
      ],
      fractionAnswer: true,
    };
  },
};

/** Geometry and unit-conversion templates. */
export const MEASURE_TEMPLATES: readonly MathTemplate[] = [garden, circle, flourBags, tank, fractionSums];
