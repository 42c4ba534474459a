import { assertNever } from '../../util/assertNever.ts';
import { requireDatasetName, type DatasetName } from './describeDataset.ts';
import { importAime2025 } from './importAime2025.ts';
import { importApps } from './importApps.ts';
import { importDs1000 } from './importDs1000.ts';
import { importGsm8k } from './importGsm8k.ts';
import { importHotpotQa } from './importHotpotQa.ts';
import { importHumanEval } from './importHumanEval.ts';
import { importMath } from './importMath.ts';
import { importMathQa } from './importMathQa.ts';
import { importMbpp } from './importMbpp.ts';
import { importNqOpen } from './importNqOpen.ts';
import { datasetError, type DatasetInput, type ImportResult } from './importResult.ts';
import { importSquadV2 } from './importSquadV2.ts';
import { importTriviaQa } from './importTriviaQa.ts';

export { DATASET_NAMES, describeDataset, resolveDatasetName } from './describeDataset.ts';
export type { DatasetDescription, DatasetName } from './describeDataset.ts';

function textOf(name: DatasetName, input: DatasetInput): string {
  if (typeof input === 'string') return input;
  throw datasetError(name, 'expects the text of one file, not a folder');
}

/**
 * Imports a dataset given by name or alias from its file text, or (APPS, AIME 2025) from a folder map of
 * relative path → text. Malformed records come back as problems; an unreadable file throws E_DATASET.
 */
export function importDataset(name: string, input: DatasetInput): ImportResult {
  const canonical = requireDatasetName(name);
  switch (canonical) {
    case 'gsm8k':
      return importGsm8k(textOf(canonical, input));
    case 'math':
      return importMath(textOf(canonical, input));
    case 'hotpotqa':
      return importHotpotQa(textOf(canonical, input));
    case 'squad_v2':
      return importSquadV2(textOf(canonical, input));
    case 'mbpp':
      return importMbpp(textOf(canonical, input));
    case 'humaneval':
      return importHumanEval(textOf(canonical, input));
    case 'triviaqa':
      return importTriviaQa(textOf(canonical, input));
    case 'nq_open':
      return importNqOpen(textOf(canonical, input));
    case 'mathqa':
      return importMathQa(textOf(canonical, input));
    case 'aime2025':
      return importAime2025(input);
    case 'apps':
      return importApps(input);
    case 'ds1000':
      return importDs1000(textOf(canonical, input));
    default:
      return assertNever(canonical);
  }
}
