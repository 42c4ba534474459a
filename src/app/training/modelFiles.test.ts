import { describe, expect, it } from 'vitest';
import { fromModelFiles, toModelFiles } from './modelFiles.ts';

const artifacts = {
  modelJson: {
    modelTopology: { class_name: 'FlowSteerFactoredPolicy' },
    weightsManifest: [{ paths: ['weights.bin'], weights: [{ name: 'w', shape: [2], dtype: 'float32' }] }],
  },
  weights: new Float32Array([1.5, -2]).buffer,
};

const asFile = async (d: { name: string; blob: Blob }) => new File([await d.blob.arrayBuffer()], d.name);

describe('model files', () => {
  it('exports tfjs browser-download files whose manifest names the weights file, and imports them back', async () => {
    const [json, bin] = toModelFiles('flowsteer-policy-iter-0004', artifacts);
    expect([json.name, bin.name]).toEqual([
      'flowsteer-policy-iter-0004.json',
      'flowsteer-policy-iter-0004.weights.bin',
    ]);
    const written = JSON.parse(await json.blob.text()) as { weightsManifest: { paths: string[] }[] };
    expect(written.weightsManifest[0]?.paths).toEqual(['./flowsteer-policy-iter-0004.weights.bin']);
    const back = await fromModelFiles([await asFile(bin), await asFile(json)]);
    expect(back.name).toBe('imported-flowsteer-policy-iter-0004');
    expect([...new Float32Array(back.artifacts.weights)]).toEqual([1.5, -2]);
    expect(back.artifacts.modelJson['modelTopology']).toEqual(artifacts.modelJson.modelTopology);
  });

  it.each([
    [[new File(['x'], 'w.bin')], /model.json/],
    [[new File(['{'], 'model.json'), new File(['x'], 'w.bin')], /not JSON/],
    [
      [
        new File([JSON.stringify(artifacts.modelJson)], 'model.json'),
        new File(['x'], 'a.bin'),
        new File(['y'], 'b.bin'),
      ],
      /weights file \(weights.bin\) is missing/,
    ],
  ])('refuses incomplete picks (%#)', async (files, error) => {
    await expect(fromModelFiles(files)).rejects.toThrow(error);
  });
});
