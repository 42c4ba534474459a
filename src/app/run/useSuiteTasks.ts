import { useEffect, useState } from 'react';
import type { Task } from '../../core/tasks/types.ts';
import type { RunSuite } from '../store/runSlice.ts';

/** The test split of a built-in suite, loaded on demand (null while loading) so the first paint stays light. */
export function useSuiteTasks(suite: RunSuite): readonly Task[] | null {
  const [loaded, setLoaded] = useState<{ suite: RunSuite; tasks: readonly Task[] } | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../core/tasks/suites.ts').then((m) => {
      if (live) setLoaded({ suite, tasks: m.getSuite(suite).test });
    });
    return () => {
      live = false;
    };
  }, [suite]);
  return loaded?.suite === suite ? loaded.tasks : null;
}
