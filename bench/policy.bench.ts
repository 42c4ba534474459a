/**
 * Policy speed on each tfjs backend available in Node, baseline (cpu) and candidate (wasm) side by side:
 * decision latency at batch 1 on the tensor path (tfjs ops on that backend) and on the default JS path (the same
 * forward in plain loops), medians over many decisions; and the CWRPO update over 256 decisions, median over
 * repetitions, for K = 1 and the default K = 2 (their difference is the cost of one more epoch), and the K = 2
 * update's CPU time (steadier than wall time when other processes share the cores).
 * Run: `npx tsx bench/policy.bench.ts [--json]`; the last line is one JSON object.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { createBuiltinRegistry } from '../operators/index.ts';
import { createTfPolicy } from '../src/core/policy/createTfPolicy.ts';
import { randomInputs } from '../src/core/policy/policyTestKit.ts';
import { selectTfBackend } from '../src/core/policy/selectTfBackend.ts';
import type { TfBackendName } from '../src/core/policy/selectTfBackend.ts';
import { DEFAULT_UPDATE_OPTIONS } from '../src/core/policy/types.ts';
import type { DecisionRecord, EpisodeBatchItem } from '../src/core/policy/types.ts';
import { createRng } from '../src/core/util/createRng.ts';

const DECISIONS = 600;
const UPDATE_REPS = 12;
const BATCH = 256;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

interface Row {
  backend: TfBackendName;
  /** Decision p50 with the forward pass as tfjs ops on this backend. */
  decisionTensorMs: number;
  /** Decision p50 with the forward pass in plain JS (the default). */
  decisionJsMs: number;
  updateK1Ms: number;
  updateK2Ms: number;
  /** CPU time of the K = 2 update (this process, user + system): steadier than wall time on a shared machine. */
  updateK2CpuMs: number;
  /** updateK2Ms − updateK1Ms: one more epoch over the batch. */
  epochMs: number;
  parameters: number;
}

async function measure(backend: TfBackendName): Promise<Row> {
  await selectTfBackend({ order: [backend] });
  const registry = createBuiltinRegistry();
  const policy = createTfPolicy({ registry, seed: 1 });
  const tensorPolicy = createTfPolicy({ registry, seed: 1, decisionPath: 'tensor' });
  const inputs = randomInputs(registry, 300, 1);
  const records: DecisionRecord[] = [];
  for (let i = 0; records.length < BATCH; i++) {
    const input = inputs[i % inputs.length];
    if (!input) break;
    const { record } = await policy.decide(input, createRng(`warm:${i}`));
    if (record) records.push(record);
  }
  const decisions = async (subject: typeof policy): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < DECISIONS; i++) {
      const input = inputs[i % inputs.length];
      if (!input) break;
      const start = performance.now();
      await subject.decide(input, createRng(i));
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const decisionTensorMs = await decisions(tensorPolicy);
  const decisionJsMs = await decisions(policy);
  tensorPolicy.dispose();
  // 32 episodes of 8 decisions, group-relative advantages in {−1, 0, +1}.
  const batch: EpisodeBatchItem[] = Array.from({ length: BATCH / 8 }, (_, e) => ({
    decisions: records.slice(e * 8, e * 8 + 8),
    advantage: (e % 3) - 1,
  }));
  const time = async (epochs: number): Promise<[number, number]> => {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < UPDATE_REPS + 2; r++) {
      const start = performance.now();
      const used = process.cpuUsage();
      await policy.update(batch, { ...DEFAULT_UPDATE_OPTIONS, epochs, learningRate: 1e-4 });
      const { user, system } = process.cpuUsage(used);
      if (r >= 2) times.push(performance.now() - start);
      if (r >= 2) cpu.push((user + system) / 1000);
    }
    return [median(times), median(cpu)];
  };
  const [updateK1Ms] = await time(1);
  const [updateK2Ms, updateK2CpuMs] = await time(2);
  const row: Row = {
    backend,
    decisionTensorMs,
    decisionJsMs,
    updateK1Ms,
    updateK2Ms,
    updateK2CpuMs,
    epochMs: updateK2Ms - updateK1Ms,
    parameters: policy.weights().length,
  };
  policy.dispose();
  return row;
}

const rows: Row[] = [];
for (const backend of ['cpu', 'wasm'] as const) rows.push(await measure(backend));
const cpu = rows.find((r) => r.backend === 'cpu');
const json = process.argv.includes('--json');
if (!json) {
  console.log(
    `tfjs ${tf.version_core}, ${rows[0]?.parameters ?? 0} parameters, update batch ${BATCH} decisions`,
  );
  const head = [
    'backend',
    'decide tensor',
    'decide js',
    'update K=1',
    'update K=2',
    '+1 epoch',
    'K=2 cpu time',
    'K=2 vs cpu',
  ];
  console.log(head.map((h, i) => (i ? h.padStart(14) : h.padEnd(8))).join(''));
  for (const r of rows) {
    const speedup = cpu ? `${(cpu.updateK2Ms / r.updateK2Ms).toFixed(1)}×` : '-';
    const ms = [r.decisionTensorMs, r.decisionJsMs].map((x) => `${x.toFixed(3)} ms`);
    const up = [r.updateK1Ms, r.updateK2Ms, r.epochMs, r.updateK2CpuMs].map((x) => `${x.toFixed(1)} ms`);
    console.log([r.backend.padEnd(8), ...[...ms, ...up, speedup].map((c) => c.padStart(14))].join(''));
  }
}
console.log(JSON.stringify({ policyBench: rows }));
