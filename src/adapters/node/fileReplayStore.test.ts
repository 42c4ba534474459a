import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFileReplayStore } from './fileReplayStore.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'flowsteer-replay-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

const entry = {
  backendId: 'openai:http://127.0.0.1:1/v1#m',
  text: 'answer',
  usage: { promptTokens: 3, completionTokens: 1 },
  model: 'm',
  costUsd: 0,
};

describe('loadFileReplayStore', () => {
  it('starts empty when the file is missing, saves atomically and loads back', async () => {
    const path = join(dir, 'nested', 'run.replay.json');
    const store = await loadFileReplayStore(path);
    expect(store.size).toBe(0);
    store.set('k1', entry);
    await store.save();
    expect(await readdir(join(dir, 'nested'))).toEqual(['run.replay.json']);
    const again = await loadFileReplayStore(path);
    expect(again.get('k1')).toEqual(entry);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      format: 'flowsteer-replay',
      version: 1,
    });
  });

  it('refuses a file that is not a replay file, leaving it untouched', async () => {
    const path = join(dir, 'notes.json');
    await writeFile(path, 'not json at all');
    await expect(loadFileReplayStore(path)).rejects.toMatchObject({ code: 'E_SCHEMA' });
    expect(await readFile(path, 'utf8')).toBe('not json at all');
  });
});
