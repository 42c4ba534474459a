import { useShallow } from 'zustand/react/shallow';
import { describeBackend } from './describeBackend.ts';
import { useSettings } from './SettingsStoreContext.tsx';

/** The header badge naming the backend the next run will use. */
export function BackendBadge() {
  const settings = useSettings(
    useShallow((s) => ({
      backend: s.backend,
      simProfile: s.simProfile,
      endpoint: s.endpoint,
      timeoutMs: s.timeoutMs,
      maxRetries: s.maxRetries,
      overrides: s.overrides,
      remember: s.remember,
    })),
  );
  const { text, title } = describeBackend(settings);
  return (
    <span
      className={`backend-badge${settings.backend === 'simulated' ? '' : ' settings-badge-real'}`}
      title={title}
      data-testid="backend-badge"
    >
      {text}
    </span>
  );
}
