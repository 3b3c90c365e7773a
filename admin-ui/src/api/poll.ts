/** Thrown when a polled resource did not reach the wanted state in time. */
export class PollTimeoutError extends Error {
  constructor() {
    super('Polling timed out');
    this.name = 'PollTimeoutError';
  }
}

export interface PollOptions<T> {
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Sees every fetched value, so a screen can show progress while it waits. */
  onValue?: (value: T) => void;
}

/**
 * Fetches until `done` accepts a value. Writes go through Kafka, so the state a `202 Accepted` promised
 * shows up in reads a little later; this is how the UI follows it.
 */
export async function pollUntil<T>(
  fetchOnce: () => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions<T>,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    options.signal?.throwIfAborted();
    const value = await fetchOnce();
    options.onValue?.(value);
    if (done(value)) return value;
    if (Date.now() + options.intervalMs > deadline) throw new PollTimeoutError();
    await sleep(options.intervalMs, options.signal);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
