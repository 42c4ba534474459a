import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../actions/types.ts';
import type { ActionType } from '../actions/types.ts';
import { ILLEGAL_LOGIT, packBatch } from './packBatch.ts';
import { policyDims, resolveConfig } from './policyConfig.ts';
import { HEAD, HEAD_COUNT, MISC_HEAD_COUNT, OP_SLOT_COUNT, USED_OP_ROWS, USED_ROWS } from './policyHeads.ts';
import type { HeadId } from './policyHeads.ts';
import type { DecisionRecord } from './types.ts';

const dims = policyDims(resolveConfig({ maxTokens: 4, maxOperatorTypes: 5 }));
const w = dims.rowWidth;

/** A record whose chosen heads allow every value; `opBlock` fills the operator rows to tell registries apart. */
function record(type: ActionType, heads: Partial<Record<HeadId, number>>, opBlock = 0): DecisionRecord {
  const features = new Float32Array(dims.featureSize);
  features.fill(opBlock, dims.featureSize - dims.opWidth * dims.operatorSize);
  const choices = new Int32Array(HEAD_COUNT).fill(-1);
  const masks = new Float32Array(dims.maskSize);
  const all: Partial<Record<HeadId, number>> = { [HEAD.type]: ACTION_TYPES.indexOf(type), ...heads };
  for (const [head, choice] of Object.entries(all)) {
    choices[Number(head)] = choice ?? -1;
    masks.fill(1, Number(head) * w, Number(head) * w + 3);
    masks[Number(head) * w + (choice ?? 0)] = 1;
  }
  return { features, masks, choices, logProb: -1 };
}

describe('packBatch', () => {
  it('averages per episode then over episodes', () => {
    const a = record('finish', {});
    const packed = packBatch(
      [
        { decisions: [a, a], advantage: 1 },
        { decisions: [a, a, a], advantage: -1 },
        { decisions: [], advantage: 5 },
      ],
      dims,
    );
    if ('error' in packed) throw new Error(packed.error);
    expect(Array.from(packed.weight).map((x) => +x.toFixed(4))).toEqual([0.25, 0.25, 0.1667, 0.1667, 0.1667]);
    expect(Array.from(packed.advantage)).toEqual([1, 1, -1, -1, -1]);
  });

  it('keeps the misc heads in place and packs the used operator heads into three rows', () => {
    const done = dims.opWidth - 1;
    const packed = packBatch(
      [
        {
          decisions: [
            record('addConditional', {
              [HEAD.opChecker]: 1,
              [HEAD.opFix]: 2,
              [HEAD.opOtherwise]: done,
              [HEAD.position]: 0,
            }),
          ],
          advantage: 1,
        },
      ],
      dims,
    );
    if ('error' in packed) throw new Error(packed.error);
    const used = Array.from(packed.used);
    expect(used).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 1, 1]);
    expect(USED_ROWS).toBe(MISC_HEAD_COUNT + USED_OP_ROWS);
    const slotOf = (row: number) =>
      Array.from(packed.opRows.subarray(row * OP_SLOT_COUNT, (row + 1) * OP_SLOT_COUNT)).indexOf(1);
    expect([0, 1, 2].map(slotOf)).toEqual(
      [HEAD.opChecker, HEAD.opFix, HEAD.opOtherwise].map((h) => h - MISC_HEAD_COUNT),
    );
    const row = (r: number) => Array.from(packed.chosen.subarray(r * w, (r + 1) * w)).indexOf(1);
    expect(row(MISC_HEAD_COUNT + 2)).toBe(done);
    expect(packed.maskBias[(MISC_HEAD_COUNT + 2) * w + 4]).toBe(ILLEGAL_LOGIT);
    expect(packed.maskBias[(MISC_HEAD_COUNT + 2) * w + done]).toBe(0);
    expect(Array.from(packed.modifyRow)).toEqual([0, 0, 0]);
  });

  it('scores each decision against its own registry block, shared when identical', () => {
    const one = packBatch(
      [{ decisions: [record('finish', {}, 0), record('finish', {}, 0)], advantage: 1 }],
      dims,
    );
    const two = packBatch(
      [{ decisions: [record('finish', {}, 0), record('finish', {}, 1)], advantage: 1 }],
      dims,
    );
    if ('error' in one || 'error' in two) throw new Error('packing failed');
    expect(one.blocks).toBe(1);
    expect(two.blocks).toBe(2);
    expect(Array.from(two.block)).toEqual([1, 0, 0, 1]);
  });

  it.each([
    [
      'a choice its mask refused',
      () => {
        const r = record('addOperator', { [HEAD.opAdd]: 1 });
        r.masks[HEAD.opAdd * w + 1] = 0;
        return r;
      },
      /illegal choice/,
    ],
    [
      'non-finite features',
      () => {
        const r = record('finish', {});
        r.features[3] = Number.NaN;
        return r;
      },
      /non-finite observation/,
    ],
  ])('refuses %s', (_, make, message) => {
    const packed = packBatch([{ decisions: [make()], advantage: 1 }], dims);
    expect('error' in packed && packed.error).toMatch(message);
  });
});
