import type { PolicyArtifacts } from '../../core/policy/types.ts';

/** A file to download: name and bytes. */
export interface DownloadFile {
  name: string;
  blob: Blob;
}

/**
 * A checkpoint as tfjs's browser-download layout (`<prefix>.json` + `<prefix>.weights.bin`, the manifest naming
 * the weights file), loadable with `tf.io.browserFiles` or the import below.
 */
export function toModelFiles(prefix: string, artifacts: PolicyArtifacts): [DownloadFile, DownloadFile] {
  const weightsName = `${prefix}.weights.bin`;
  const manifest = Array.isArray(artifacts.modelJson['weightsManifest'])
    ? (artifacts.modelJson['weightsManifest'] as { paths: string[]; weights: unknown[] }[])
    : [];
  const modelJson = {
    ...artifacts.modelJson,
    weightsManifest: manifest.map((group) => ({ ...group, paths: [`./${weightsName}`] })),
  };
  return [
    { name: `${prefix}.json`, blob: new Blob([JSON.stringify(modelJson)], { type: 'application/json' }) },
    { name: weightsName, blob: new Blob([artifacts.weights], { type: 'application/octet-stream' }) },
  ];
}

/** Reads model.json + its weights file (matched by the manifest's path, else the one .bin given). */
export async function fromModelFiles(
  files: readonly File[],
): Promise<{ name: string; artifacts: PolicyArtifacts }> {
  const json = files.find((f) => f.name.endsWith('.json'));
  if (!json) throw new Error('Pick the model.json file and its weights file together.');
  let modelJson: Record<string, unknown>;
  try {
    modelJson = JSON.parse(await json.text()) as Record<string, unknown>;
  } catch {
    throw new Error(`${json.name} is not JSON.`);
  }
  const manifest = modelJson['weightsManifest'] as { paths?: string[] }[] | undefined;
  const wanted = manifest?.[0]?.paths?.[0]?.split('/').pop();
  const bins = files.filter((f) => f !== json);
  const weights = bins.find((f) => f.name === wanted) ?? (bins.length === 1 ? bins[0] : undefined);
  if (!weights) throw new Error(`The weights file${wanted ? ` (${wanted})` : ''} is missing.`);
  const name = `imported-${json.name.replace(/\.json$/, '').replace(/[^\w.-]+/g, '_')}`;
  return {
    name,
    artifacts: {
      modelJson: {
        ...modelJson,
        weightsManifest: (manifest ?? []).map((g) => ({ ...g, paths: ['weights.bin'] })),
      },
      weights: await weights.arrayBuffer(),
    },
  };
}

/** Starts a browser download of each file. */
export function download(files: readonly DownloadFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(file.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    // The click has started the download by the time the next task runs.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
