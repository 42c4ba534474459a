/** A linear release threshold: θ moves from `start` (iteration 0) to `end` (iteration `iterations` and after). */
export interface ThetaSchedule {
  start: number;
  end: number;
  iterations: number;
}

/** The release threshold of SPEC §4 by default. */
export const DEFAULT_THETA = 1.0;

/** θ at a training iteration of a linear schedule, clamped to [start, end]; a schedule of ≤ 0 iterations is `end`. */
export function thetaAt(schedule: ThetaSchedule, iteration: number): number {
  if (schedule.iterations <= 0) return schedule.end;
  const progress = Math.min(1, Math.max(0, iteration / schedule.iterations));
  return schedule.start + (schedule.end - schedule.start) * progress;
}
