import { parseWorkflow } from '../../core/graph/parseWorkflow.ts';
import { printWorkflow } from '../../core/graph/printWorkflow.ts';
import { validateWorkflow } from '../../core/graph/validateWorkflow.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import type { CliCommand } from '../CliIo.ts';
import { parseCliArgs, UsageError } from '../parseCliArgs.ts';

/** `validate --workflow "<DSL>"`: prints the normalised DSL, or the error with its position. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check a workflow written in the DSL and print its normalised form',
  help: `Usage: npm run cli -- validate --workflow "<DSL>"

Parses the workflow text and checks it against the operator registry.
Exit 0 and print the normalised DSL when it is valid; exit 1 and print the error, naming its position, when not.

Options:
  --workflow <DSL>   e.g. "Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format"
  --help             show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, { workflow: { type: 'string' }, help: { type: 'boolean' } });
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    if (flags.workflow === undefined) throw new UsageError('--workflow is required');
    const registry = createBuiltinRegistry();
    const parsed = parseWorkflow(flags.workflow, registry);
    if (!parsed.ok) {
      io.err(`${parsed.error.code}: ${parsed.error.message}`);
      return 1;
    }
    const issues = validateWorkflow(parsed.workflow, registry);
    if (issues.length > 0) {
      for (const issue of issues) io.err(`${issue.code}: ${issue.message}`);
      return 1;
    }
    io.out(printWorkflow(parsed.workflow, registry));
    return 0;
  },
};
