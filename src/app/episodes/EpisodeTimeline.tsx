import type { TimelineMark } from './timelineModel.ts';

const W = 1000;
const H = 54;
const MARK_H = 18;
const SPARK_TOP = 26;
const SPARK_H = H - SPARK_TOP - 2;

/** Props of {@link EpisodeTimeline}. */
export interface EpisodeTimelineProps {
  marks: readonly TimelineMark[];
  /** R_div after each step, index 0 = the start (marks.length + 1 values in [0, 1]). */
  diversity: readonly number[];
  step: number;
  onSeek(step: number): void;
}

/**
 * The timeline strip: one mark per step coloured by outcome (ok, failed run, refused, finish) above a sparkline
 * of R_div, with the shown step outlined. Step k sits where the slider puts k, so the two line up.
 */
export function EpisodeTimeline({ marks, diversity, step, onSeek }: EpisodeTimelineProps) {
  const n = marks.length;
  const x = (k: number): number => (n === 0 ? W / 2 : (k / n) * W);
  const width = n === 0 ? 0 : Math.max(4, Math.min(40, W / n - 6));
  const points = diversity.map((d, k) => `${x(k)},${SPARK_TOP + (1 - d) * SPARK_H}`).join(' ');
  const counts = marks.reduce<Record<string, number>>(
    (acc, m) => ({ ...acc, [m.kind]: (acc[m.kind] ?? 0) + 1 }),
    {},
  );
  const summary =
    `Timeline of ${n} steps: ${counts['ok'] ?? 0} ok, ${counts['failed'] ?? 0} failed runs, ` +
    `${counts['refused'] ?? 0} refused, ${counts['finish'] ?? 0} final; R_div from ${diversity[0] ?? 0} to ` +
    `${diversity.at(-1) ?? 0}.`;
  return (
    <svg
      className="episode-timeline"
      viewBox={`-20 0 ${W + 40} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={summary}
    >
      <line className="episode-spark-axis" x1={0} x2={W} y1={SPARK_TOP + SPARK_H} y2={SPARK_TOP + SPARK_H} />
      <line className="episode-spark-axis" x1={0} x2={W} y1={SPARK_TOP} y2={SPARK_TOP} />
      {marks.map((m) => (
        <rect
          key={m.step}
          className={`episode-mark mark-${m.kind}${m.step === step ? ' current' : ''}`}
          x={x(m.step) - width / 2}
          y={2}
          width={width}
          height={MARK_H}
          rx={2}
          onClick={() => onSeek(m.step)}
        >
          <title>{m.label}</title>
        </rect>
      ))}
      {diversity.length > 1 ? <polyline className="episode-spark" points={points} /> : null}
      <line className="episode-cursor" x1={x(step)} x2={x(step)} y1={0} y2={H} />
    </svg>
  );
}
