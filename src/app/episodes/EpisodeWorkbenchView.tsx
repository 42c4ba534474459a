import { useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { EpisodeRecord } from '../../core/episodes/types.ts';
import { useSuiteTasks } from '../run/useSuiteTasks.ts';
import { AppStoreContext, useAppStore } from '../store/AppStoreContext.tsx';
import { SettingsStoreContext } from '../settings/SettingsStoreContext.tsx';
import { useEpisodeLibraryApi } from './EpisodeLibraryContext.tsx';
import { EpisodeLibraryList } from './EpisodeLibraryList.tsx';
import { EpisodePlayerView } from './EpisodePlayerView.tsx';
import { useEpisodeServices } from './EpisodeServicesContext.tsx';
import {
  downloadText,
  exportBundleText,
  exportEpisodeText,
  readEpisodeImport,
  secretsOf,
} from './episodeFiles.ts';
import { SessionView } from './SessionView.tsx';
import { useDriver } from './useDriver.ts';
import { workbenchFor } from './workbenchFor.ts';
import { FileImportButton } from '../panels/FileImportButton.tsx';

/** The episode tab: the library, the player or the fork/recording, and episode and bundle files. */
export default function EpisodeWorkbenchView() {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('EpisodeWorkbenchView needs an AppStoreContext provider');
  const library = useEpisodeLibraryApi();
  const services = useEpisodeServices();
  const settings = useContext(SettingsStoreContext);
  const workbench = workbenchFor(store, library, services, settings);
  const mode = useStore(workbench.state, (s) => s.mode);
  const driver = useStore(workbench.state, (s) => s.driver);
  const shown = useStore(workbench.player.state, (s) => s.episode);
  const sessionEpisode = useDriver(driver).episode;
  const suite = useAppStore((s) => s.suite);
  const taskIndex = useAppStore((s) => s.taskIndex);
  const task = useSuiteTasks(suite)?.[taskIndex];
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);

  const current: EpisodeRecord | null = mode === 'replay' ? shown : (sessionEpisode ?? null);
  const secrets = (): string[] => secretsOf(settings?.getState() ?? null);
  const recording = mode === 'record';

  const onFile = async (file: File): Promise<void> => {
    setFileNote(null);
    const result = readEpisodeImport(await file.text());
    if (!result.ok) {
      setFileError(
        `“${file.name}” was not imported: ${result.message} Your library and canvas are unchanged.`,
      );
      return;
    }
    setFileError(null);
    library.getState().add(result.episode);
    const saved = await result.saveWeights(services?.checkpoints);
    setFileNote(
      `Imported “${file.name}”${result.kind === 'bundle' ? ' (bundle)' : ''}.${saved ? ` Policy weights saved as checkpoint “${saved}”.` : ''}`,
    );
    workbench.open(result.episode);
  };
  const exportBundle = async (episode: EpisodeRecord): Promise<void> => {
    const result = await exportBundleText(episode, services?.checkpoints, secrets());
    downloadText(result.text, `${episode.id}.flowsteer-bundle.json`);
    setFileNote(result.note);
  };

  return (
    <section className="episode-panel" aria-label="Episodes">
      <div className="episode-bar">
        <button
          type="button"
          aria-pressed={recording}
          disabled={!task && !recording}
          onClick={() => (recording ? workbench.stop() : task ? void workbench.record(task) : undefined)}
          title="While on, every canvas edit is recorded as a hand step of an episode on the Run tab’s task"
        >
          {recording ? '● Recording' : 'Record'}
        </button>
        <FileImportButton
          label="Import episode"
          title="Open an episode or bundle file"
          inputLabel="Episode file to import"
          accept=".json,application/json"
          onFiles={(files) => void onFile(files[0] as File)}
        />
        <button
          type="button"
          disabled={!current}
          onClick={() =>
            current &&
            downloadText(exportEpisodeText(current, secrets()), `${current.id}.flowsteer-episode.json`)
          }
          title="Save the episode (every response included, keys stripped)"
        >
          Export episode
        </button>
        <button
          type="button"
          disabled={!current}
          onClick={() => current && void exportBundle(current)}
          title="Save workflow, episode, policy weights, seed and cached responses: replays with no key"
        >
          Export bundle
        </button>
        {fileNote ? (
          <span className="muted" role="status">
            {fileNote}
          </span>
        ) : null}
      </div>
      {fileError ? (
        <p className="error" role="alert">
          {fileError}
        </p>
      ) : null}
      <div className="episode-body">
        <EpisodeLibraryList shownId={current?.id ?? null} onOpen={(e) => workbench.open(e)} />
        <div className="episode-main">
          {mode === 'replay' ? <EpisodePlayerView workbench={workbench} /> : null}
          {mode === 'fork' || mode === 'record' ? <SessionView workbench={workbench} /> : null}
          {mode === 'browse' ? (
            <p className="muted episode-empty">
              Pick an episode to replay it step by step; fork at any step to edit from there or let a policy
              continue.
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
