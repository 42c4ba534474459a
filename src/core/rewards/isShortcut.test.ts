import { describe, expect, it } from 'vitest';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { isShortcut } from './isShortcut.ts';
import { chain, fiveOps, loop5, noChecker, single, sixOps } from './rewardTestWorkflows.ts';

const registry = createFixtureRegistry();

describe('isShortcut', () => {
  it.each([
    ['a single Custom', single, true],
    ['5 operators with a conditional checker', fiveOps, false],
    ['a chain with a checker but no structure', chain, true],
    ['structure without a checker', noChecker, true],
    ['4 operators with structure and checker', loop5, true],
    ['6 operators with structure and checker', sixOps, false],
  ] as const)('%s: shortcut %s', (_name, workflow, expected) => {
    expect(isShortcut(workflow, registry)).toBe(expected);
  });
});
