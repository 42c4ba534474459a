import { useState, type FormEvent, type ReactNode } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';

const CHECKERS = ['Review', 'Verify', 'Test'];

function OperatorSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  extra?: ReactNode;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.extra}
        {props.options.map((op) => (
          <option key={op} value={op}>
            {op}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Small forms that add a parallel, a conditional or a loop through applyAction (refusals show their reason). */
export function StructureForms() {
  const registry = useAppStore((s) => s.registry);
  const edit = useAppStore((s) => s.edit);
  const ops = registry.list().map((d) => d.type);
  const checkers = ops.filter((op) => CHECKERS.includes(op));
  const [branches, setBranches] = useState(['Programmer', 'Custom', '']);
  const [cond, setCond] = useState({ checker: 'Verify', fix: 'Revise', otherwise: '' });
  const [loop, setLoop] = useState({ first: 'Programmer', second: 'Test', count: 2 });
  const submit = (run: () => void) => (e: FormEvent) => {
    e.preventDefault();
    run();
  };
  const none = (label: string) => <option value="">{label}</option>;
  return (
    <section aria-label="Structures" className="structures">
      <h3>Structures</h3>
      <details>
        <summary>Parallel</summary>
        <form
          onSubmit={submit(() => edit({ type: 'addParallel', operators: branches.filter((b) => b !== '') }))}
        >
          {branches.map((b, i) => (
            <OperatorSelect
              key={i}
              label={`Branch ${i + 1}`}
              value={b}
              options={ops}
              onChange={(v) => setBranches(branches.map((x, j) => (j === i ? v : x)))}
              extra={i === 2 ? none('(none)') : undefined}
            />
          ))}
          <button type="submit">Add parallel</button>
        </form>
      </details>
      <details>
        <summary>Conditional</summary>
        <form
          onSubmit={submit(() =>
            edit({
              type: 'addConditional',
              checker: cond.checker,
              fix: cond.fix,
              otherwise: cond.otherwise === '' ? null : cond.otherwise,
            }),
          )}
        >
          <OperatorSelect
            label="Checker"
            value={cond.checker}
            options={checkers}
            onChange={(v) => setCond({ ...cond, checker: v })}
          />
          <OperatorSelect
            label="On fail → fix"
            value={cond.fix}
            options={ops}
            onChange={(v) => setCond({ ...cond, fix: v })}
          />
          <OperatorSelect
            label="On pass"
            value={cond.otherwise}
            options={ops}
            onChange={(v) => setCond({ ...cond, otherwise: v })}
            extra={none('done')}
          />
          <button type="submit">Add conditional</button>
        </form>
      </details>
      <details>
        <summary>Loop</summary>
        <form
          onSubmit={submit(() =>
            edit({
              type: 'addLoop',
              operators: [loop.first, loop.second].filter((o) => o !== ''),
              count: loop.count,
            }),
          )}
        >
          <OperatorSelect
            label="Loop step 1"
            value={loop.first}
            options={ops}
            onChange={(v) => setLoop({ ...loop, first: v })}
          />
          <OperatorSelect
            label="Loop step 2"
            value={loop.second}
            options={ops}
            onChange={(v) => setLoop({ ...loop, second: v })}
            extra={none('(none)')}
          />
          <label>
            Repeat
            <input
              type="number"
              min={1}
              max={5}
              value={loop.count}
              onChange={(e) => setLoop({ ...loop, count: Number(e.target.value) })}
            />
          </label>
          <button type="submit">Add loop</button>
        </form>
      </details>
    </section>
  );
}
