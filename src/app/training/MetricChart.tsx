import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line of a chart. */
export interface ChartLine {
  label: string;
  values: number[];
  color: string;
}

/** Props of {@link MetricChart}. */
export interface MetricChartProps {
  title: string;
  iterations: number[];
  lines: ChartLine[];
  /** Fixed y range (rates in [0, 1]); auto when absent. */
  range?: [number, number];
}

const WIDTH = 330;
const AXIS: uPlot.Axis = { stroke: '#9aa4b2', grid: { stroke: '#2a313c' }, ticks: { stroke: '#2a313c' } };
const HEIGHT = 150;

/** A small live uPlot line chart over iterations; it keeps one uPlot instance and only swaps its data. */
export function MetricChart({ title, iterations, lines, range }: MetricChartProps) {
  const host = useRef<HTMLDivElement | null>(null);
  const plot = useRef<uPlot | null>(null);
  const labels = lines.map((l) => `${l.label}:${l.color}`).join('|');
  const data: uPlot.AlignedData = [iterations, ...lines.map((l) => l.values)];

  useEffect(() => {
    if (!host.current) return;
    const opts: uPlot.Options = {
      width: WIDTH,
      height: HEIGHT,
      legend: { show: true, live: false },
      cursor: { show: true, drag: { x: false, y: false } },
      scales: { x: { time: false }, y: range ? { range } : {} },
      axes: [
        // Iterations are whole numbers: integer steps only.
        { ...AXIS, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
        { ...AXIS, size: 56 },
      ],
      series: [{ label: 'iteration' }, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2 }))],
    };
    const instance = new uPlot(opts, data, host.current);
    plot.current = instance;
    return () => {
      instance.destroy();
      plot.current = null;
    };
    // The instance is rebuilt only when the set of lines changes; data changes go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labels, range?.[0], range?.[1]]);

  useEffect(() => {
    plot.current?.setData(data);
  });

  const last = iterations.length;
  return (
    <figure className="training-chart" aria-label={`${title} chart`} data-points={last}>
      <figcaption>{title}</figcaption>
      <div ref={host} />
    </figure>
  );
}
