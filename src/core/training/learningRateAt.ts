/** The learning-rate schedule of SPEC §5: linear warm-up, then cosine decay to `minRatio` of the base rate. */
export interface LearningRateSchedule {
  base: number;
  /** Iterations of linear warm-up (10 in SPEC §5). */
  warmupIterations: number;
  /** Iterations of the whole run; the cosine reaches its floor at the last one. */
  totalIterations: number;
  /** Floor of the decay as a fraction of `base` (0 decays to zero). */
  minRatio: number;
}

/**
 * The learning rate of the update at 0-based `iteration`: (i+1)/warmup·base during warm-up, so the first update
 * already moves, then base·(min + (1−min)·½(1+cos(π·progress))) with progress 0 right after warm-up.
 */
export function learningRateAt(schedule: LearningRateSchedule, iteration: number): number {
  const { base, warmupIterations, totalIterations, minRatio } = schedule;
  if (iteration < warmupIterations) return (base * (iteration + 1)) / warmupIterations;
  const decaySteps = totalIterations - warmupIterations;
  if (decaySteps <= 1) return base;
  const progress = Math.min(1, (iteration - warmupIterations) / (decaySteps - 1));
  return base * (minRatio + (1 - minRatio) * 0.5 * (1 + Math.cos(Math.PI * progress)));
}
