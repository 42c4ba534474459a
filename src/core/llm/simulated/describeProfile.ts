import type { SimProfile, SimTypeParams } from './simProfileSchema.ts';

type Column = 'math' | 'qa' | 'code';
const COLUMNS: readonly Column[] = ['math', 'qa', 'code'];

const RECORD_MEANINGS: Record<string, (key: string) => string> = {
  skill: (k) => `skill (logit) of ${k}'s own answers; P(correct) = σ(skill + bonuses − k·δ)`,
  planBonus: (k) => `logit bonus to solving calls when ${k} was the latest planner`,
  catchRate: (k) => `P(${k} fails a wrong answer)`,
  falseAlarmRate: (k) => `P(${k} fails a right answer)`,
};

const SKILL_NOTES: Record<string, string> = {
  Revise: "skill (logit) of Revise's rewrite; with no answer it solves at this − reviseNoInputPenalty",
  Verify: "skill (logit) of Verify's independent solution (the ANSWER it suggests when it fails an answer)",
  Test: 'skill (logit) of a Test rewrite round, before reflectBonus',
};

const SCALAR_MEANINGS: Record<string, string> = {
  difficultyWeight: 'k: how much difficulty δ ∈ [0, 1] lowers every solving logit',
  wrongAnswerSkew: 'a wrong answer is distractor i with weight skew^i (errors cluster, votes can be wrong)',
  programmerRunError: "P(Programmer's code raises), redrawn on each of its retries",
  confidenceRight: "range of a checker's stated confidence when its verdict is right",
  confidenceWrong: "range of a checker's stated confidence when its verdict is wrong",
  fixBonus: 'logit bonus of a fix (Revise or any solver) after a real wrong answer was caught',
  breakAfterFalseAlarm: 'P(Revise turns a right answer wrong after a false alarm)',
  reviseNoInputPenalty: 'logit penalty of Revise when it gets no answer to revise',
  reflectBonus: 'logit bonus of each Test rewrite round (it sees the failing tests)',
  verbose: 'P(a solver answer is verbose prose rather than the bare answer)',
  verboseUnreadable:
    'P(verbose prose hides the answer from a metric): no answer marker, then another number, option or code block',
  formatConcise: 'P(Format returns the stated answer alone)',
  formatGarble: 'P(Format garbles it: keeps only its first half); the rest is left unchanged',
  selectCorrect: 'P(ScEnsemble, with no majority, picks a right candidate when one exists), else uniform',
  combineCorrect: "P(Aggregate's text path settles on a right candidate when one exists), else uniform",
};

const show = (value: unknown): string => {
  if (typeof value === 'number') return String(Math.round(value * 1000) / 1000);
  if (typeof value === 'object' && value !== null && 'min' in value && 'max' in value) {
    return `${show(value.min)}–${show(value.max)}`;
  }
  return value === undefined ? '—' : String(value);
};

interface Row {
  name: string;
  values: string[];
  meaning: string;
}

function rows(profile: SimProfile): Row[] {
  const out: Row[] = [];
  const keys = Object.keys(profile.math) as (keyof SimTypeParams)[];
  for (const key of keys) {
    const recordMeaning = RECORD_MEANINGS[key];
    if (recordMeaning !== undefined) {
      const names = [
        ...new Set(COLUMNS.flatMap((c) => Object.keys(profile[c][key] as Record<string, number>))),
      ];
      for (const name of names) {
        out.push({
          name: `${key}.${name}`,
          values: COLUMNS.map((c) => show((profile[c][key] as Record<string, number>)[name])),
          meaning: (key === 'skill' ? SKILL_NOTES[name] : undefined) ?? recordMeaning(name),
        });
      }
    } else {
      out.push({
        name: key,
        values: COLUMNS.map((c) => show(profile[c][key])),
        meaning: SCALAR_MEANINGS[key] ?? '',
      });
    }
  }
  return out;
}

/**
 * A readable multi-line table of a profile for the CLI and the settings panel: every parameter, its value for
 * math, qa and code, and a one-line meaning; then the token accounting.
 */
export function describeProfile(profile: SimProfile): string {
  const table = rows(profile);
  const header: Row = { name: 'parameter', values: ['math', 'qa', 'code'], meaning: 'meaning' };
  const nameWidth = Math.max(...[header, ...table].map((r) => r.name.length));
  const valueWidth = Math.max(6, ...table.flatMap((r) => r.values.map((v) => v.length)));
  const line = (r: Row): string =>
    [r.name.padEnd(nameWidth), ...r.values.map((v) => v.padEnd(valueWidth)), r.meaning].join('  ').trimEnd();
  const overhead = Object.entries(profile.tokens.overhead)
    .map(([purpose, n]) => `${purpose} ${n}`)
    .join(', ');
  return [
    `Simulated profile "${profile.name}": ${profile.description}`,
    'Solving calls are correct with σ(skill + latest planner bonus − k·δ); multiple-choice tasks use the qa column.',
    '',
    line(header),
    ...table.map(line),
    '',
    `tokens.charsPerToken  ${show(profile.tokens.charsPerToken)}  characters per token (prompt and completion)`,
    `tokens.overhead       ${overhead}  (extra completion tokens per purpose: reasoning a real model writes)`,
  ].join('\n');
}
