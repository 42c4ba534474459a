import { useEffect, useState } from 'react';
import type { Task } from '../../core/tasks/types.ts';
import { findImportedSet, isImportedSuite } from '../datasets/importedSets.ts';
import { useAppStore } from '../store/AppStoreContext.tsx';
import type { RunSuite } from '../store/runSlice.ts';

/**
 * The tasks a suite value points at: an imported set's tasks, or a built-in suite's test split, loaded on demand
 * (null while loading) so the first paint stays light.
 */
export function useSuiteTasks(suite: RunSuite): readonly Task[] | null {
  const imported = useAppStore((s) => findImportedSet(s.importedSets, suite));
  const [loaded, setLoaded] = useState<{ suite: RunSuite; tasks: readonly Task[] } | null>(null);
  useEffect(() => {
    if (isImportedSuite(suite)) return;
    let live = true;
    void import('../../core/tasks/suites.ts').then((m) => {
      if (live) setLoaded({ suite, tasks: m.getSuite(suite).test });
    });
    return () => {
      live = false;
    };
  }, [suite]);
  if (isImportedSuite(suite)) return imported?.tasks ?? [];
  return loaded?.suite === suite ? loaded.tasks : null;
}
