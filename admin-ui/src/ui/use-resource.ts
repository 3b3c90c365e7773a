import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isAbort } from '../api/client';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** When the data last arrived. */
  loadedAt: Date | undefined;
  reload: () => Promise<void>;
  /** Replaces the data with a fresher value obtained elsewhere (e.g. while polling). */
  set: (data: T) => void;
}

/**
 * Loads on mount and, with `refreshMs`, again on an interval while the tab is visible. Stale data
 * stays on screen while a refresh runs or fails, so the page never flickers empty.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, refreshMs?: number): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean; loadedAt?: Date }>({
    loading: true,
  });
  const loader = useRef(load);
  loader.current = load;
  const controller = useRef<AbortController | null>(null);

  const reload = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await loader.current(current.signal);
      if (!current.signal.aborted) setState({ data, loading: false, loadedAt: new Date() });
    } catch (error) {
      if (!isAbort(error) && !current.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
    }
  }, []);

  const set = useCallback((data: T) => setState({ data, loading: false, loadedAt: new Date() }), []);

  useEffect(() => {
    void reload();
    const timer =
      refreshMs === undefined
        ? undefined
        : setInterval(() => {
            if (document.visibilityState === 'visible') void reload();
          }, refreshMs);
    return () => {
      clearInterval(timer);
      controller.current?.abort();
    };
  }, [reload, refreshMs]);

  return { data: state.data, error: state.error, loading: state.loading, loadedAt: state.loadedAt, reload, set };
}
