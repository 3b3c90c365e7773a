import { useState } from 'preact/hooks';

export interface Action {
  /** Why the last run failed; cleared when the next one starts. */
  error: unknown;
  run: (change: () => Promise<unknown>) => Promise<void>;
}

/** A change a screen makes on the user's command (revoke, disable, …), whose failure the screen shows. */
export function useAction(): Action {
  const [error, setError] = useState<unknown>();
  async function run(change: () => Promise<unknown>) {
    setError(undefined);
    try {
      await change();
    } catch (failure) {
      setError(failure);
    }
  }
  return { error, run };
}
