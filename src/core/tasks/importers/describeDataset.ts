import type { CodeTestFormat, MetricName, TaskType } from '../types.ts';
import { datasetError } from './importResult.ts';

/** The 12 benchmarks of the FlowSteer paper (SPEC §6), by canonical name. */
export const DATASET_NAMES = [
  'gsm8k',
  'math',
  'hotpotqa',
  'squad_v2',
  'mbpp',
  'humaneval',
  'triviaqa',
  'nq_open',
  'mathqa',
  'aime2025',
  'apps',
  'ds1000',
] as const;

/** A canonical dataset name. */
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Datasets whose original layout is a folder of files rather than one file (they also read one JSON Lines file). */
export const FOLDER_DATASETS: ReadonlySet<string> = new Set<DatasetName>(['apps', 'aime2025']);

/** What the CLI and UI show about a dataset before importing it. */
export interface DatasetDescription {
  name: DatasetName;
  title: string;
  type: TaskType;
  metric: MetricName;
  /** How code tasks run; null for non-code sets. */
  testFormats: readonly CodeTestFormat[] | null;
  /** The file layout the importer reads. */
  input: string;
  /** Where the gold answer comes from. */
  gold: string;
  /** How tests are split into public (Test operator) and hidden (scoring); null for non-code sets. */
  splitRule: string | null;
  difficulty: string;
  /** In-distribution training benchmark of the paper, or out-of-distribution test. */
  role: 'train' | 'ood';
}

const ALIASES: Readonly<Record<string, DatasetName>> = {
  gsm8k: 'gsm8k',
  math: 'math',
  hendrycksmath: 'math',
  competitionmath: 'math',
  hotpotqa: 'hotpotqa',
  hotpot: 'hotpotqa',
  squadv2: 'squad_v2',
  squad2: 'squad_v2',
  squad: 'squad_v2',
  mbpp: 'mbpp',
  mbppsanitized: 'mbpp',
  sanitizedmbpp: 'mbpp',
  mbppfull: 'mbpp',
  humaneval: 'humaneval',
  openaihumaneval: 'humaneval',
  triviaqa: 'triviaqa',
  trivia: 'triviaqa',
  nqopen: 'nq_open',
  nq: 'nq_open',
  naturalquestions: 'nq_open',
  naturalquestionsopen: 'nq_open',
  mathqa: 'mathqa',
  aime2025: 'aime2025',
  aime25: 'aime2025',
  aime: 'aime2025',
  apps: 'apps',
  ds1000: 'ds1000',
};

/** The canonical name for a dataset name or alias (case, `-`, `_` and spaces ignored), or null. */
export function resolveDatasetName(name: string): DatasetName | null {
  return ALIASES[name.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}

const DESCRIPTIONS: Readonly<Record<DatasetName, Omit<DatasetDescription, 'name'>>> = {
  gsm8k: {
    title: 'GSM8K',
    type: 'math',
    metric: 'math',
    testFormats: null,
    input: 'JSON Lines {question, answer}',
    gold: "the number after '#### ' in answer, commas removed",
    splitRule: null,
    difficulty: '(reasoning lines − 1) / 8',
    role: 'train',
  },
  math: {
    title: 'MATH',
    type: 'math',
    metric: 'math',
    testFormats: null,
    input: 'JSON Lines {problem, level, type, solution}',
    gold: 'the last \\boxed{…} of solution',
    splitRule: null,
    difficulty: '(level − 1) / 4',
    role: 'train',
  },
  hotpotqa: {
    title: 'HotpotQA',
    type: 'qa',
    metric: 'f1',
    testFormats: null,
    input: 'JSON Lines or JSON array',
    gold: 'answer; context = the 10 titled paragraphs',
    splitRule: null,
    difficulty: 'level: easy 0.3, medium 0.5, hard 0.7 (+0.05 comparison)',
    role: 'train',
  },
  squad_v2: {
    title: 'SQuAD v2.0',
    type: 'qa',
    metric: 'f1',
    testFormats: null,
    input: 'official nested JSON {data: [...]}',
    gold: "distinct answers[].text; [''] when is_impossible",
    splitRule: null,
    difficulty: '0.35 answerable / 0.6 unanswerable, +0.1 if annotators disagree',
    role: 'train',
  },
  mbpp: {
    title: 'MBPP (sanitized JSON or full JSON Lines)',
    type: 'code',
    metric: 'code',
    testFormats: ['asserts'],
    input: 'sanitized-mbpp.json or mbpp.jsonl',
    gold: 'code (reference solution)',
    splitRule:
      'public: the first assert of test_list; hidden (scoring): every assert of test_list; challenge tests unused',
    difficulty: '(solution lines − 2) / 12',
    role: 'train',
  },
  humaneval: {
    title: 'HumanEval',
    type: 'code',
    metric: 'code',
    testFormats: ['humaneval'],
    input: 'JSON Lines',
    gold: 'prompt + canonical_solution',
    splitRule: 'public: docstring examples as asserts where they parse; hidden: the check(candidate) test',
    difficulty: '(canonical solution lines − 1) / 15',
    role: 'train',
  },
  triviaqa: {
    title: 'TriviaQA',
    type: 'qa',
    metric: 'f1',
    testFormats: null,
    input: 'official JSON {Data: [...]}',
    gold: 'Answer.Value plus Answer.Aliases (no passage)',
    splitRule: null,
    difficulty: '0.5 (no signal)',
    role: 'ood',
  },
  nq_open: {
    title: 'Natural Questions (NQ-open)',
    type: 'qa',
    metric: 'f1',
    testFormats: null,
    input: 'JSON Lines {question, answer: [...]}',
    gold: 'every string of answer (no passage)',
    splitRule: null,
    difficulty: '0.5 − 0.05 per extra accepted answer',
    role: 'ood',
  },
  mathqa: {
    title: 'MathQA',
    type: 'mc',
    metric: 'mc',
    testFormats: null,
    input: 'JSON array (or JSON Lines)',
    gold: 'correct, as an upper-case letter; choices parsed from options',
    splitRule: null,
    difficulty: '(operations in linear_formula − 1) / 8',
    role: 'ood',
  },
  aime2025: {
    title: 'AIME 2025 (I + II)',
    type: 'math',
    metric: 'math',
    testFormats: null,
    input:
      'folder <paper>/answers.csv + <paper>/problems/<n>.tex, or JSON Lines {problem_idx, problem, answer}',
    gold: 'the integer answer (0–999)',
    splitRule: null,
    difficulty: '0.6 + 0.4 · (n − 1) / 14',
    role: 'ood',
  },
  apps: {
    title: 'APPS',
    type: 'code',
    metric: 'code',
    testFormats: ['stdio', 'call'],
    input: 'folder <id>/{question.txt, input_output.json, solutions.json, metadata.json} or HF JSON Lines',
    gold: 'solutions[0] (empty when the record has none)',
    splitRule: 'io cases: the first case public (io.publicCount = 1); hidden (scoring): every case',
    difficulty: 'introductory 0.3, interview 0.6, competition 0.9',
    role: 'ood',
  },
  ds1000: {
    title: 'DS-1000',
    type: 'code',
    metric: 'code',
    testFormats: ['ds1000'],
    input: 'JSON Lines',
    gold: 'reference_code (the [insert] snippet)',
    splitRule: 'public: the code_context harness on its first test case; hidden: the full harness',
    difficulty: 'perturbation: Origin 0.4, Surface 0.45, Semantic 0.55, Difficult-Rewrite 0.75',
    role: 'ood',
  },
};

/** Type, metric, test format, gold and split rule of a dataset (by name or alias); throws E_DATASET if unknown. */
export function describeDataset(name: string): DatasetDescription {
  const canonical = requireDatasetName(name);
  return { name: canonical, ...DESCRIPTIONS[canonical] };
}

/** The canonical name, or E_DATASET listing the known names. */
export function requireDatasetName(name: string): DatasetName {
  const canonical = resolveDatasetName(name);
  if (canonical === null) throw datasetError(name, `unknown dataset; known: ${DATASET_NAMES.join(', ')}`);
  return canonical;
}
