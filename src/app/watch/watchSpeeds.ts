/** The playback speeds the watch panel offers. */
export type WatchSpeed = '0.5' | '1' | '2' | '4' | 'instant';

/** Speeds in menu order, with their labels and rate (0 for instant). */
export const WATCH_SPEEDS: readonly { id: WatchSpeed; label: string; rate: number }[] = [
  { id: '0.5', label: '0.5×', rate: 0.5 },
  { id: '1', label: '1×', rate: 1 },
  { id: '2', label: '2×', rate: 2 },
  { id: '4', label: '4×', rate: 4 },
  { id: 'instant', label: 'Instant', rate: 0 },
];

/** The pause between two steps at 1×, long enough to read the action, its feedback and the next top actions. */
export const BASE_STEP_DELAY_MS = 1200;

const rateOf = (speed: WatchSpeed): number => WATCH_SPEEDS.find((s) => s.id === speed)?.rate ?? 1;

/** Milliseconds between the end of one step and the start of the next while playing. */
export function stepDelayMs(speed: WatchSpeed): number {
  const rate = rateOf(speed);
  return rate === 0 ? 0 : Math.round(BASE_STEP_DELAY_MS / rate);
}

/** The factor simulated call latency is multiplied by, so a faster speed also runs each edit faster. */
export function latencyScale(speed: WatchSpeed): number {
  const rate = rateOf(speed);
  return rate === 0 ? 0 : 1 / rate;
}

/** Whether a string names a speed (for a select's value). */
export const isWatchSpeed = (value: string): value is WatchSpeed => WATCH_SPEEDS.some((s) => s.id === value);
