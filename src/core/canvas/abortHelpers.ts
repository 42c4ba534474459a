/** A signal that aborts when any of the given signals does (AbortSignal.any without needing it), and a cleanup. */
export function linkSignals(...signals: Array<AbortSignal | undefined>): {
  signal: AbortSignal;
  controller: AbortController;
  dispose: () => void;
} {
  const controller = new AbortController();
  const sources = signals.filter((s): s is AbortSignal => s !== undefined);
  const listeners: Array<() => void> = [];
  for (const source of sources) {
    if (source.aborted) {
      controller.abort(source.reason);
      break;
    }
    const onAbort = (): void => controller.abort(source.reason);
    source.addEventListener('abort', onAbort, { once: true });
    listeners.push(() => source.removeEventListener('abort', onAbort));
  }
  return {
    signal: controller.signal,
    controller,
    dispose: () => {
      for (const remove of listeners.splice(0)) remove();
    },
  };
}

/** Resolves when the signal aborts; `dispose` removes the listener so settled races leak nothing. */
export function whenAborted(signal: AbortSignal): { promise: Promise<void>; dispose: () => void } {
  if (signal.aborted) return { promise: Promise.resolve(), dispose: () => undefined };
  let onAbort: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    onAbort = () => resolve();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}
