/** Answer-like spans of a passage, by kind, in order of appearance and without duplicates. */
export interface PassageSpans {
  /** Capitalised name-like runs ("Duchy of Normandy", "Rollo"). */
  entities: string[];
  /** Numbers, ordinals, dates and years, with a unit word when one follows ("10th century", "911"). */
  numbers: string[];
  /** Runs of 1–4 content words between function words: lower-case noun-phrase-like chunks. */
  phrases: string[];
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NUMBER_SPAN = new RegExp(
  [
    `\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?`,
    `${MONTH}\\s+\\d{1,2}(?!\\d)(?:,\\s*\\d{4})?`,
    `${MONTH}\\s+\\d{4}`,
    '\\$?\\d[\\d,]*(?:\\.\\d+)?(?:st|nd|rd|th)?(?:\\s+(?:century|centuries|years?|million|billion|thousand|percent|%))?',
  ].join('|'),
  'g',
);
const CONNECTOR = '(?:of|the|de|del|da|di|la|le|von|van|der|du|and|y|&)';
// Dots only between capitals (U.S.), and words joined by spaces only, so a span never crosses a sentence or line.
const WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}'’\\-]*(?:\\.\\p{Lu}[\\p{L}\\p{M}\\p{N}'’\\-]*)*";
const ENTITY = new RegExp(`${WORD}(?:[ \\t]+(?:${CONNECTOR}[ \\t]+)*${WORD})*`, 'gu');
const STOP = new Set(
  (
    'a an the and or but if of in on at by for with to from into onto over under about after before during since ' +
    'until as than that which who whom whose what when where why how is was were are be been being has had have ' +
    'do does did not no it its he she they them his her their this these those there here also such more most ' +
    'some any all each other one two can could would should will may might must then so very'
  ).split(' '),
);
const SINGLE_STOP = new Set(
  (
    'The A An In On At By For With From To As After Before During Since Until When While Where Why How What Who ' +
    'Which This That These Those There Here He She It They We I His Her Its Their Our Some Many Most However ' +
    'Although Though Because Despite Also Then Thus But And Or If Yes No Each All One Through Under Over Among ' +
    'Between Within Without Upon Both Either Neither Not Only Other Another Such Several January February March ' +
    'April May June July August September October November December'
  ).split(' '),
);

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cleanEntity(span: string): string | null {
  const words = span.replace(/[.’']+$/u, '').split(/\s+/);
  while (words.length > 1 && SINGLE_STOP.has(words[0] ?? '')) words.shift();
  const text = words.join(' ');
  if (words.length === 1 && (SINGLE_STOP.has(text) || text.length < 2)) return null;
  return words.length <= 6 ? text : null;
}

function phrasesOf(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[.,;:!?()"“”\n]+/)) {
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 0 && run.length <= 4) out.push(run.join(' '));
      run = [];
    };
    for (const word of clause.trim().split(/\s+/)) {
      if (word === '' || STOP.has(word.toLowerCase())) flush();
      else run.push(word);
    }
    flush();
  }
  return out;
}

/** Capitalised name-like spans of a text. */
export function entitySpans(text: string): string[] {
  return unique(
    [...text.matchAll(ENTITY)].map((m) => cleanEntity(m[0])).filter((s): s is string => s !== null),
  );
}

/** Number, ordinal, date and year spans of a text. */
export function numberSpans(text: string): string[] {
  return unique([...text.matchAll(NUMBER_SPAN)].map((m) => m[0].trim().replace(/,$/, '')));
}

/** Lower-case noun-phrase-like chunks of a text. */
export function phraseSpans(text: string): string[] {
  return unique(phrasesOf(text));
}

/** Splits a passage into entity, number and phrase spans that could pass for answers. */
export function extractSpans(text: string): PassageSpans {
  return { entities: entitySpans(text), numbers: numberSpans(text), phrases: phraseSpans(text) };
}
