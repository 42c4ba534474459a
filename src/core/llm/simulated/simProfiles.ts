import { DEFAULT_SIM_PROFILE } from './defaultSimProfile.ts';
import type { SimProfile, SimTypeParams } from './simProfileSchema.ts';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

const shiftAll = (record: Record<string, number>, f: (x: number) => number): Record<string, number> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, round(f(v))]));

interface Shift {
  skill: number;
  catchRate: number;
  falseAlarmFactor: number;
  verbose: number;
  unreadableFactor: number;
  runErrorFactor: number;
  judge: number;
  formatConcise: number;
  formatGarble: number;
}

/** Derives a column of a stronger or weaker model from the default one, so the profiles keep its shape. */
function shiftColumn(p: SimTypeParams, s: Shift): SimTypeParams {
  return {
    ...p,
    skill: shiftAll(p.skill, (x) => x + s.skill) as SimTypeParams['skill'],
    catchRate: shiftAll(p.catchRate, (x) => clamp01(x + s.catchRate)) as SimTypeParams['catchRate'],
    falseAlarmRate: shiftAll(p.falseAlarmRate, (x) =>
      clamp01(x * s.falseAlarmFactor),
    ) as SimTypeParams['falseAlarmRate'],
    programmerRunError: round(clamp01(p.programmerRunError * s.runErrorFactor)),
    verbose: round(clamp01(p.verbose + s.verbose)),
    verboseUnreadable: round(clamp01(p.verboseUnreadable * s.unreadableFactor)),
    formatConcise: s.formatConcise,
    formatGarble: s.formatGarble,
    selectCorrect: round(clamp01(p.selectCorrect + s.judge)),
    combineCorrect: round(clamp01(p.combineCorrect + s.judge)),
  };
}

function shiftProfile(name: string, description: string, s: Shift): SimProfile {
  const base = DEFAULT_SIM_PROFILE;
  return {
    ...base,
    name,
    description,
    math: shiftColumn(base.math, s),
    qa: shiftColumn(base.qa, s),
    code: shiftColumn(base.code, s),
  };
}

/**
 * The built-in profiles: `default` (SPEC §3, documented in defaultSimProfile.ts), `strong` (every skill +1 logit,
 * checkers catch 15 points more and false-alarm half as often, terser output) and `weak` (every skill −1, checkers
 * 15 points worse, 1.5× the false alarms and run errors, wordier output).
 */
export const SIM_PROFILES: Readonly<Record<string, SimProfile>> = Object.freeze({
  default: DEFAULT_SIM_PROFILE,
  strong: shiftProfile(
    'strong',
    'A stronger model: every skill +1 logit, sharper checkers, terser answers.',
    {
      skill: 1,
      catchRate: 0.15,
      falseAlarmFactor: 0.5,
      verbose: -0.2,
      unreadableFactor: 0.6,
      runErrorFactor: 0.5,
      judge: 0.15,
      formatConcise: 0.99,
      formatGarble: 0.005,
    },
  ),
  weak: shiftProfile('weak', 'A weaker model: every skill −1 logit, duller checkers, wordier answers.', {
    skill: -1,
    catchRate: -0.15,
    falseAlarmFactor: 1.5,
    verbose: 0.15,
    unreadableFactor: 1.3,
    runErrorFactor: 1.5,
    judge: -0.1,
    formatConcise: 0.93,
    formatGarble: 0.04,
  }),
});

/** The names of the built-in profiles, for menus and CLI help. */
export const SIM_PROFILE_NAMES: readonly string[] = Object.keys(SIM_PROFILES);

/** Looks a built-in profile up by name; throws an Error naming the known profiles when there is none. */
export function getSimProfile(name: string): SimProfile {
  const profile = Object.hasOwn(SIM_PROFILES, name) ? SIM_PROFILES[name] : undefined;
  if (profile === undefined) {
    throw new Error(`No simulated profile named "${name}". Known: ${SIM_PROFILE_NAMES.join(', ')}.`);
  }
  return profile;
}
