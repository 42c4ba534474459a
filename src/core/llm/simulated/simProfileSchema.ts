import { z } from 'zod';

const probability = z.number().min(0).max(1);
const logit = z.number().min(-20).max(20);

const rangeSchema = z
  .strictObject({ min: probability, max: probability })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

/** Solving skill (a logit) per operator: the six built-ins must be named; extra keys cover new operators. */
const skillSchema = z
  .strictObject({
    Custom: logit,
    AnswerGenerate: logit,
    Programmer: logit,
    Revise: logit,
    Verify: logit,
    Test: logit,
  })
  .catchall(logit);

/** Parameters of the simulated model for one task type (a column of the SPEC §3 table). */
export const simTypeParamsSchema = z
  .strictObject({
    skill: skillSchema,
    difficultyWeight: z.number().min(0).max(20),
    planBonus: z.strictObject({ Plan: logit, Decompose: logit }).catchall(logit),
    wrongAnswerSkew: z.number().gt(0).max(1),
    programmerRunError: probability,
    catchRate: z.strictObject({ Review: probability, Verify: probability }).catchall(probability),
    falseAlarmRate: z.strictObject({ Review: probability, Verify: probability }).catchall(probability),
    confidenceRight: rangeSchema,
    confidenceWrong: rangeSchema,
    fixBonus: logit,
    breakAfterFalseAlarm: probability,
    reviseNoInputPenalty: logit,
    reflectBonus: logit,
    verbose: probability,
    verboseUnreadable: probability,
    formatConcise: probability,
    formatGarble: probability,
    selectCorrect: probability,
    combineCorrect: probability,
  })
  .refine((p) => p.formatConcise + p.formatGarble <= 1 + 1e-9, {
    message: 'formatConcise + formatGarble must not exceed 1 (the rest is "left verbose")',
    path: ['formatGarble'],
  });

const tokenOverheadSchema = z.strictObject({
  plan: z.number().int().min(0),
  decompose: z.number().int().min(0),
  solve: z.number().int().min(0),
  answer: z.number().int().min(0),
  code: z.number().int().min(0),
  reflect: z.number().int().min(0),
  review: z.number().int().min(0),
  verify: z.number().int().min(0),
  revise: z.number().int().min(0),
  select: z.number().int().min(0),
  combine: z.number().int().min(0),
  format: z.number().int().min(0),
});

/** A named simulated-model profile: plain data, loadable from JSON (SPEC §3 "Simulated backend"). */
export const simProfileSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a profile name uses letters, digits, ".", "_" and "-" only'),
  description: z.string(),
  math: simTypeParamsSchema,
  qa: simTypeParamsSchema,
  code: simTypeParamsSchema,
  tokens: z.strictObject({
    charsPerToken: z.number().gt(0),
    overhead: tokenOverheadSchema,
  }),
});

/** One column of a profile: how the simulated model behaves on one task type. */
export type SimTypeParams = z.infer<typeof simTypeParamsSchema>;

/** A simulated-model profile. */
export type SimProfile = z.infer<typeof simProfileSchema>;

/** The task types a profile has a column for; `mc` tasks use the `qa` column. */
export type SimTypeKey = 'math' | 'qa' | 'code';

/**
 * Validates unknown data (e.g. a user's JSON file) as a profile; throws an Error whose message lists every
 * problem with its path, e.g. `math.skill.Custom: expected number`.
 */
export function parseSimProfile(data: unknown): SimProfile {
  const result = simProfileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(profile)';
    return `${path}: ${issue.message}`;
  });
  throw new Error(`Invalid simulated profile:\n- ${problems.join('\n- ')}`);
}
