import { workflowAtStep, type EpisodeRecord } from '../../core/episodes/index.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { finalReward } from './timelineModel.ts';

interface Column {
  title: string;
  episode: EpisodeRecord;
  liveCalls?: number;
}

const actorText = (e: EpisodeRecord): string => {
  const kinds = new Set(
    e.steps.slice(e.forkOf?.atStep ?? 0).map((s) => (s.actor.kind === 'human' ? 'hand' : s.actor.name)),
  );
  const who = kinds.size === 0 ? (e.actor.kind === 'human' ? 'hand' : e.actor.name) : [...kinds].join(' + ');
  return e.forkOf ? `${who} (from step ${e.forkOf.atStep})` : who;
};

/** The original episode beside its fork: steps, final workflow, correctness and reward, and the fork's live calls. */
export function OutcomeComparison({
  original,
  fork,
  liveCalls,
}: {
  original: EpisodeRecord;
  fork: EpisodeRecord;
  liveCalls: number;
}) {
  const registry = useAppStore((s) => s.registry);
  const columns: Column[] = [
    { title: 'Original', episode: original },
    { title: 'Fork', episode: fork, liveCalls },
  ];
  const cell = (c: Column, row: string) => {
    const reward = finalReward(c.episode);
    switch (row) {
      case 'Actor':
        return actorText(c.episode);
      case 'Steps':
        return String(c.episode.steps.length);
      case 'Final workflow':
        return (
          <code>
            {printWorkflow(workflowAtStep(c.episode, c.episode.steps.length), registry) || '(empty)'}
          </code>
        );
      case 'Correctness':
        return reward ? reward.correctness.toFixed(2) : '—';
      case 'Reward':
        return reward ? `${reward.total.toFixed(2)} (R_div ${reward.rDiv.toFixed(1)})` : 'not finished';
      case 'Live calls':
        return c.liveCalls === undefined
          ? `${Object.keys(c.episode.responses).length} recorded`
          : String(c.liveCalls);
      default:
        return null;
    }
  };
  const rows = ['Actor', 'Steps', 'Final workflow', 'Correctness', 'Reward', 'Live calls'];
  return (
    <table className="episode-compare" aria-label="Original and fork">
      <thead>
        <tr>
          <th scope="col" />
          {columns.map((c) => (
            <th key={c.title} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {columns.map((c) => (
              <td
                key={c.title}
                data-testid={`${c.title.toLowerCase()}-${row.toLowerCase().replace(/ /g, '-')}`}
              >
                {cell(c, row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
