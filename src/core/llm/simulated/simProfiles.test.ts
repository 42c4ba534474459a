import { describe, expect, it } from 'vitest';
import { DEFAULT_SIM_PROFILE } from './defaultSimProfile.ts';
import { describeProfile } from './describeProfile.ts';
import { parseSimProfile, simProfileSchema } from './simProfileSchema.ts';
import { SIM_PROFILES, SIM_PROFILE_NAMES, getSimProfile } from './simProfiles.ts';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('simulated profiles', () => {
  it('keeps the SPEC §3 starting table in the default profile', () => {
    const p = DEFAULT_SIM_PROFILE;
    expect([p.math.skill.Custom, p.math.skill.AnswerGenerate, p.math.skill.Programmer]).toEqual([
      1.5, 1.8, 2.6,
    ]);
    expect([p.qa.skill.Custom, p.qa.skill.AnswerGenerate, p.qa.skill.Programmer]).toEqual([1.8, 2.0, 0]);
    expect([p.code.skill.Custom, p.code.skill.AnswerGenerate, p.code.skill.Programmer]).toEqual([
      1, 0.8, 2.2,
    ]);
    expect([p.math.planBonus, p.qa.planBonus, p.code.planBonus]).toEqual([
      { Plan: 0.5, Decompose: 0.3 },
      { Plan: -0.3, Decompose: 0.6 },
      { Plan: 0.5, Decompose: -0.2 },
    ]);
    expect([p.math.catchRate.Verify, p.qa.catchRate.Verify, p.code.catchRate.Verify]).toEqual([
      0.7, 0.5, 0.4,
    ]);
    expect([p.math.catchRate.Review, p.qa.catchRate.Review, p.code.catchRate.Review]).toEqual([
      0.6, 0.55, 0.5,
    ]);
    expect([p.math.verbose, p.qa.verbose, p.code.verbose]).toEqual([0.6, 0.7, 0.3]);
    expect([p.math.programmerRunError, p.code.programmerRunError]).toEqual([0.08, 0.1]);
    expect(p.math.formatConcise).toBe(0.97);
    expect(p.math.formatGarble).toBe(0.02);
  });

  it('has valid built-in profiles, ordered weak < default < strong in every skill', () => {
    for (const name of SIM_PROFILE_NAMES)
      expect(simProfileSchema.safeParse(getSimProfile(name)).success).toBe(true);
    expect(SIM_PROFILE_NAMES).toEqual(expect.arrayContaining(['default', 'strong', 'weak']));
    const { weak, strong } = SIM_PROFILES;
    for (const type of ['math', 'qa', 'code'] as const) {
      for (const [op, s] of Object.entries(DEFAULT_SIM_PROFILE[type].skill)) {
        expect(weak?.[type].skill[op]).toBeLessThan(s);
        expect(strong?.[type].skill[op]).toBeGreaterThan(s);
      }
    }
  });

  it('names the known profiles when one is missing', () => {
    expect(() => getSimProfile('nope')).toThrow(/default, strong, weak/);
    expect(() => getSimProfile('toString')).toThrow(/No simulated profile/);
  });

  const DELETE = Symbol('delete');
  it.each([
    ['a non-number skill', 'math.skill.Custom', 'high', /math\.skill\.Custom/],
    ['a probability above 1', 'qa.catchRate.Verify', 1.5, /qa\.catchRate\.Verify/],
    ['Format rates summing past 1', 'code.formatGarble', 0.1, /code\.formatGarble/],
    ['a missing built-in skill', 'math.skill.Programmer', DELETE, /math\.skill\.Programmer/],
    ['an unknown parameter', 'math.temperature', 1, /math/],
    ['an inverted range', 'math.confidenceRight', { min: 0.9, max: 0.1 }, /min must not exceed max/],
  ])('rejects %s with a message naming the path', (_label, path, value, message) => {
    const bad = clone(DEFAULT_SIM_PROFILE) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, bad);
    if (value === DELETE) delete parent[last];
    else parent[last] = value;
    expect(() => parseSimProfile(bad)).toThrow(/Invalid simulated profile/);
    expect(() => parseSimProfile(bad)).toThrow(message);
  });

  it('accepts a custom profile that names a new operator', () => {
    const custom = clone(DEFAULT_SIM_PROFILE);
    custom.name = 'mine';
    custom.math.skill.Sketch = 2.5;
    expect(parseSimProfile(custom).math.skill.Sketch).toBe(2.5);
  });
});

describe('describeProfile', () => {
  it('lists every parameter of every column with its values and a meaning', () => {
    const custom = clone(DEFAULT_SIM_PROFILE);
    custom.qa.skill.Sketch = 0.25;
    const text = describeProfile(custom);
    const lines = text.split('\n');
    for (const [key, value] of Object.entries(custom.math)) {
      const names =
        typeof value === 'object' && !('min' in value) ? Object.keys(value).map((k) => `${key}.${k}`) : [key];
      for (const name of names) {
        const line = lines.find((l) => l.startsWith(`${name} `));
        expect(line, name).toBeDefined();
        // name, three values, a meaning of a few words
        expect(line?.trim().split(/\s{2,}/).length, name).toBeGreaterThanOrEqual(5);
      }
    }
    expect(lines.find((l) => l.startsWith('skill.Sketch'))).toMatch(/—\s+0\.25\s+—/);
    expect(text).toContain('tokens.charsPerToken');
    for (const purpose of Object.keys(custom.tokens.overhead)) expect(text).toContain(`${purpose} `);
    expect(lines.find((l) => l.startsWith('skill.Programmer '))).toMatch(/2\.6\s+0\s+2\.2/);
  });
});
