/**
 * The CWRPO update over 256 decisions on tfjs-wasm against the same network, loss and update in PyTorch on the
 * CPU (bench/torchUpdate.py, Debian's python3-torch). The batch, the weights, π_ref and the options are exported
 * to a temporary folder; both sides first compute the first epoch from the same weights, and the run fails
 * (exit 1) unless the loss, KL and gradient norm agree to 1e-3 — the proof that it is the same network and loss.
 * Then medians of repeated updates for K = 1 and K = 2 (PyTorch with 2 threads and with 1).
 * Run: `npx tsx bench/torchComparison.ts [--reps N]`; the last line is one JSON object. Exit 2: torch missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { createBuiltinRegistry } from '../operators/index.ts';
import { createTfPolicy } from '../src/core/policy/createTfPolicy.ts';
import { packBatch } from '../src/core/policy/packBatch.ts';
import type { PackedBatch } from '../src/core/policy/packBatch.ts';
import {
  DENSE_LOGITS,
  OP_SLOT_COUNT,
  POINTER_TYPES,
  USED_OP_ROWS,
  USED_ROWS,
} from '../src/core/policy/policyHeads.ts';
import { randomInputs } from '../src/core/policy/policyTestKit.ts';
import { runPolicyUpdate } from '../src/core/policy/runPolicyUpdate.ts';
import { createTfPolicyState } from '../src/core/policy/tfPolicyState.ts';
import type { TfPolicyState } from '../src/core/policy/tfPolicyState.ts';
import { DEFAULT_UPDATE_OPTIONS } from '../src/core/policy/types.ts';
import type { DecisionRecord, EpisodeBatchItem, UpdateOptions } from '../src/core/policy/types.ts';
import { createRng } from '../src/core/util/createRng.ts';

const PYTHON = '/usr/bin/python3';
const BATCH = 256;
const argReps = process.argv.indexOf('--reps');
const REPS = argReps > 0 ? Number(process.argv[argReps + 1]) : 20;
const TOLERANCE = 1e-3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Makes sure Debian's torch is importable: installs it as root, else says how and exits 2. */
function ensureTorch(): void {
  const probe = () => spawnSync(PYTHON, ['-c', 'import torch, numpy'], { encoding: 'utf8' }).status === 0;
  if (probe()) return;
  const command = 'apt-get install -y python3-torch';
  if (process.getuid?.() !== 0) {
    console.error(`PyTorch is missing for ${PYTHON}; install it with: sudo ${command}`);
    process.exit(2);
  }
  console.log(`installing PyTorch: ${command}`);
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  const result = spawnSync('apt-get', ['install', '-y', 'python3-torch'], { stdio: 'inherit' });
  if (result.status !== 0 || !probe()) {
    console.error(`could not install PyTorch (${command})`);
    process.exit(2);
  }
}

/** 256 decisions from 32 episodes of 8, advantages in {−1, 0, +1}, as bench/policy.bench.ts builds them. */
async function buildBatch(): Promise<{ batch: EpisodeBatchItem[]; config: TfPolicyState['config'] }> {
  const registry = createBuiltinRegistry();
  const policy = createTfPolicy({ registry, seed: 1 });
  const inputs = randomInputs(registry, 300, 1);
  const records: DecisionRecord[] = [];
  for (let i = 0; records.length < BATCH; i++) {
    const input = inputs[i % inputs.length];
    if (!input) break;
    const { record } = await policy.decide(input, createRng(`warm:${i}`));
    if (record) records.push(record);
  }
  const config = policy.config;
  policy.dispose();
  const batch = Array.from({ length: BATCH / 8 }, (_, e) => ({
    decisions: records.slice(e * 8, e * 8 + 8),
    advantage: (e % 3) - 1,
  }));
  return { batch, config };
}

/** Writes manifest.json + arrays.bin: every array with its offset (in floats) and shape, as upload shapes it. */
function exportBatch(folder: string, state: TfPolicyState, p: PackedBatch, options: UpdateOptions): void {
  const { dims, consts } = state;
  const b = p.count;
  const n = dims.config.maxTokens;
  const arrays: [string, Float32Array, number[]][] = [
    ['globals', p.globals, [b, dims.globalSize]],
    ['tokens', p.tokens, [b * n, dims.tokenSize]],
    ['valid', p.valid, [b * n, 1]],
    ['opTable', p.opTable, [p.blocks * dims.opWidth, dims.operatorSize]],
    ['block', p.block, [b, 1, p.blocks, 1]],
    ['maskBias', p.maskBias, [b, USED_ROWS, dims.rowWidth]],
    ['chosen', p.chosen, [b, USED_ROWS, dims.rowWidth]],
    ['used', p.used, [b, USED_ROWS]],
    ['opRows', p.opRows, [b, USED_OP_ROWS, OP_SLOT_COUNT]],
    ['modifyRow', p.modifyRow, [b, USED_OP_ROWS, 1]],
    ['advantage', p.advantage, [b]],
    ['weight', p.weight, [b]],
    ['oldLogProb', p.oldLogProb, [b]],
    ['pointerType', p.pointerType, [b, POINTER_TYPES.length, 1]],
    ['target', p.target, [b, n, 1]],
    ['addOperator', p.addOperator, [b, p.blocks * dims.opWidth]],
    ['placeDense', consts.denseLogits.matrix.dataSync() as Float32Array, consts.denseLogits.matrix.shape],
    ['placeTarget', consts.target.matrix.dataSync() as Float32Array, consts.target.matrix.shape],
    ['placeTemplate', consts.template.matrix.dataSync() as Float32Array, consts.template.matrix.shape],
    ['params', state.params.dataSync() as Float32Array, [state.params.size]],
    ['reference', state.reference.dataSync() as Float32Array, [state.reference.size]],
  ];
  const total = arrays.reduce((s, [, a]) => s + a.length, 0);
  const all = new Float32Array(total);
  const index: Record<string, [number, number[]]> = {};
  let offset = 0;
  for (const [name, values, shape] of arrays) {
    all.set(values, offset);
    index[name] = [offset, shape];
    offset += values.length;
  }
  writeFileSync(join(folder, 'arrays.bin'), new Uint8Array(all.buffer));
  const manifest = {
    dims: {
      count: b,
      maxTokens: n,
      nodeHidden: dims.config.nodeHidden,
      operatorEmbedding: dims.config.operatorEmbedding,
      pointerKey: dims.config.pointerKey,
      trunkLayers: dims.config.trunkHidden.length,
      rowWidth: dims.rowWidth,
      opWidth: dims.opWidth,
      blocks: p.blocks,
      denseLogits: DENSE_LOGITS,
      pointerTypes: POINTER_TYPES.length,
      opSlots: OP_SLOT_COUNT,
      usedOpRows: USED_OP_ROWS,
    },
    options,
    specs: state.specs,
    arrays: index,
  };
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
}

/** Median tfjs update time over REPS runs after 3 warm-ups, from a fresh state. */
function timeTfjs(
  config: TfPolicyState['config'],
  batch: EpisodeBatchItem[],
  options: UpdateOptions,
): number {
  const state = createTfPolicyState(config, 1);
  const times: number[] = [];
  for (let r = 0; r < REPS + 3; r++) {
    const start = performance.now();
    runPolicyUpdate(state, batch, options);
    if (r >= 3) times.push(performance.now() - start);
  }
  state.dispose();
  return median(times);
}

interface TorchResult {
  torch: string;
  firstEpoch: { loss: number; kl: number; entropy: number; gradNorm: number };
  timings: { threads: number; k1Ms: number; k2Ms: number }[];
}

ensureTorch();
await tf.setBackend('wasm');
await tf.ready();
const { batch, config } = await buildBatch();
const options: UpdateOptions = { ...DEFAULT_UPDATE_OPTIONS, learningRate: 1e-4 };
const folder = mkdtempSync(join(tmpdir(), 'flowsteer-torch-'));
try {
  const state = createTfPolicyState(config, 1);
  // One larger step first, so π_ref ≠ the weights (a non-zero KL) and some ratios leave the clip range.
  runPolicyUpdate(state, batch, { ...options, epochs: 1, learningRate: 3e-3 });
  const packed = packBatch(batch, state.dims);
  if ('error' in packed) throw new Error(packed.error);
  exportBatch(folder, state, packed, options);
  // K = 1 from the exported weights: its stats are the first epoch's.
  const first = runPolicyUpdate(state, batch, { ...options, epochs: 1 });
  state.dispose();
  const tfjs = {
    k1Ms: timeTfjs(config, batch, { ...options, epochs: 1 }),
    k2Ms: timeTfjs(config, batch, options),
  };
  const run = spawnSync(
    PYTHON,
    [join(import.meta.dirname, 'torchUpdate.py'), folder, '--reps', String(REPS)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const lastLine = run.stdout.trim().split('\n').pop() ?? '{}';
  const torch = JSON.parse(lastLine) as TorchResult;
  const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
  const lossError = rel(first.loss, torch.firstEpoch.loss);
  const normError = rel(first.gradNorm, torch.firstEpoch.gradNorm);
  const klError = rel(first.kl, torch.firstEpoch.kl);
  const agree = lossError <= TOLERANCE && normError <= TOLERANCE && klError <= TOLERANCE;
  console.log(`first epoch, same weights (relative error ≤ ${TOLERANCE} required):`);
  console.log(
    `  loss       tfjs ${first.loss.toPrecision(8)}  torch ${torch.firstEpoch.loss.toPrecision(8)}  rel ${lossError.toExponential(2)}`,
  );
  console.log(
    `  grad norm  tfjs ${first.gradNorm.toPrecision(8)}  torch ${torch.firstEpoch.gradNorm.toPrecision(8)}  rel ${normError.toExponential(2)}`,
  );
  console.log(
    `  kl         tfjs ${first.kl.toPrecision(8)}  torch ${torch.firstEpoch.kl.toPrecision(8)}  rel ${klError.toExponential(2)}`,
  );
  console.log(
    `  entropy    tfjs ${first.entropy.toPrecision(6)}  torch ${torch.firstEpoch.entropy.toPrecision(6)}`,
  );
  console.log(
    `\nCWRPO update over ${packed.count} decisions, ${state.params.size} parameters, median of ${REPS}:`,
  );
  console.log(
    `${'implementation'.padEnd(26)}${'K=1'.padStart(10)}${'K=2'.padStart(10)}${'tfjs/torch K=2'.padStart(16)}`,
  );
  console.log(
    `${`tfjs ${tf.version_core} wasm`.padEnd(26)}${`${tfjs.k1Ms.toFixed(1)} ms`.padStart(10)}${`${tfjs.k2Ms.toFixed(1)} ms`.padStart(10)}`,
  );
  const rows = torch.timings.map((t) => ({ ...t, ratioK1: tfjs.k1Ms / t.k1Ms, ratioK2: tfjs.k2Ms / t.k2Ms }));
  for (const t of rows) {
    const label = `torch ${torch.torch} ${t.threads} thr`;
    console.log(
      `${label.padEnd(26)}${`${t.k1Ms.toFixed(1)} ms`.padStart(10)}${`${t.k2Ms.toFixed(1)} ms`.padStart(10)}${`${t.ratioK2.toFixed(2)}×`.padStart(16)}`,
    );
  }
  if (!agree) console.error('tfjs and PyTorch disagree on the first epoch: not the same network and loss');
  console.log(
    JSON.stringify({
      torchComparison: { agree, lossError, normError, klError, first, torch: torch.firstEpoch, tfjs, rows },
    }),
  );
  if (!agree) process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
