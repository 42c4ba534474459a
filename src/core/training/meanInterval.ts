/** A mean with its 95% interval (normal approximation, clamped to [0, 1] for scores). */
export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/**
 * Mean and 95% interval of per-task scores. Scores may be binary or continuous (F1), so the interval uses the
 * sample standard deviation rather than a binomial formula; n < 2 gives the degenerate interval [mean, mean].
 */
export function meanInterval(values: readonly number[]): MeanInterval {
  const n = values.length;
  if (n === 0) return { mean: 0, low: 0, high: 0, n: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, low: mean, high: mean, n };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const half = 1.96 * Math.sqrt(variance / n);
  return { mean, low: Math.max(0, mean - half), high: Math.min(1, mean + half), n };
}
