import type { LlmPurpose } from '../../ports/LlmClient.ts';
import type { TaskType } from '../../tasks/types.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { SimProfile, SimTypeKey, SimTypeParams } from './simProfileSchema.ts';

/** The logistic function σ(x) = 1 / (1 + e^−x). */
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The profile column a task type uses: multiple-choice questions are modelled like reading questions (`qa`). */
export function simTypeKey(type: TaskType): SimTypeKey {
  switch (type) {
    case 'math':
    case 'qa':
    case 'code':
      return type;
    case 'mc':
      return 'qa';
    default:
      return assertNever(type, 'task type');
  }
}

/** The parameters of a profile for a task type. */
export const paramsFor = (profile: SimProfile, type: TaskType): SimTypeParams => profile[simTypeKey(type)];

type SkillOperator = keyof SimTypeParams['skill'] & string;

/**
 * The built-in operator whose skill an unknown operator borrows for a purpose, so a 13th operator that names its
 * purpose behaves like the built-in that makes such calls (unless the profile names it in `skill`).
 */
const SKILL_BY_PURPOSE: Partial<Record<LlmPurpose, SkillOperator>> = {
  solve: 'Custom',
  answer: 'AnswerGenerate',
  code: 'Programmer',
  revise: 'Revise',
  verify: 'Verify',
  reflect: 'Test',
};

/** Solving skill (a logit) of an operator for one call: the operator's own entry, else its purpose's default. */
export function skillFor(params: SimTypeParams, operator: string, purpose: LlmPurpose): number {
  const own = Object.hasOwn(params.skill, operator) ? params.skill[operator] : undefined;
  if (own !== undefined) return own;
  return params.skill[SKILL_BY_PURPOSE[purpose] ?? 'Custom'] ?? params.skill.Custom;
}

/**
 * The context bonus of the planners that ran before the call. Only the latest planner counts: the solver reads
 * the latest plan (StageState.plan), and stacking would reward chains of planners that add no information. A
 * planner the profile does not name adds nothing.
 */
export function plannerBonus(params: SimTypeParams, planners: readonly string[]): number {
  const latest = planners.at(-1);
  if (latest === undefined || !Object.hasOwn(params.planBonus, latest)) return 0;
  return params.planBonus[latest] ?? 0;
}

/** A checker's catch or false-alarm rate: the operator's own entry, else Review's (purpose review) or Verify's. */
export function checkerRate(
  rates: SimTypeParams['catchRate'],
  operator: string,
  purpose: 'review' | 'verify',
): number {
  const own = Object.hasOwn(rates, operator) ? rates[operator] : undefined;
  if (own !== undefined) return own;
  return purpose === 'review' ? rates.Review : rates.Verify;
}
