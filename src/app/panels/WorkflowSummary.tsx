import { useMemo } from 'react';
import { checkFinishRule } from '../../core/actions/checkFinishRule.ts';
import { DEFAULT_ACTION_RULES } from '../../core/actions/types.ts';
import { countOperators } from '../../core/graph/workflowQueries.ts';
import { computeReward } from '../../core/rewards/computeReward.ts';
import { TASK_TYPES, type TaskType } from '../../core/tasks/types.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';

/** What the reward and the finish rule make of the current workflow, so a learner sees why structure matters. */
export function WorkflowSummary() {
  const workflow = useAppStore((s) => s.workflow);
  const registry = useAppStore((s) => s.registry);
  const taskType = useAppStore((s) => s.taskType);
  const setTaskType = useAppStore((s) => s.setTaskType);
  const view = useMemo(() => {
    const reward = computeReward(workflow, 1, registry);
    const finish = checkFinishRule(
      workflow,
      { taskType, hasTests: taskType === 'code', lastAnswerLong: null, rules: DEFAULT_ACTION_RULES },
      registry,
    );
    return { reward, finish, operators: countOperators(workflow) };
  }, [workflow, registry, taskType]);
  const { reward, finish } = view;
  return (
    <section className="summary" aria-label="Workflow summary">
      <h2>Workflow</h2>
      <label>
        Task type{' '}
        <select
          aria-label="Task type"
          value={taskType}
          onChange={(e) => setTaskType(e.target.value as TaskType)}
        >
          {TASK_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <dl>
        <dt>Operators</dt>
        <dd>{view.operators}</dd>
        <dt>Finish rule</dt>
        <dd data-testid="finish-rule">{finish.ok ? 'met: the policy may finish' : finish.message}</dd>
      </dl>
      <h3>Diversity reward (SPEC §4)</h3>
      <table aria-label="Reward terms">
        <tbody>
          <tr>
            <th scope="row">checker</th>
            <td>{reward.checker.toFixed(1)}</td>
          </tr>
          <tr>
            <th scope="row">format</th>
            <td>{reward.format.toFixed(1)}</td>
          </tr>
          <tr>
            <th scope="row">size (≥ 6 operators)</th>
            <td>{reward.size.toFixed(1)}</td>
          </tr>
          <tr>
            <th scope="row">structure</th>
            <td>{reward.structure.toFixed(1)}</td>
          </tr>
          <tr>
            <th scope="row">R_div</th>
            <td data-testid="r-div">{reward.rDiv.toFixed(1)}</td>
          </tr>
          <tr>
            <th scope="row">answer credit</th>
            <td>{reward.released ? 'released' : `held back (R_div < θ = ${reward.theta})`}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
