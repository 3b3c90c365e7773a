import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PollTimeoutError, pollUntil } from './poll';

describe('pollUntil', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fetches until the value is accepted and reports each value on the way', async () => {
    const values = ['pending', 'pending', 'ready'];
    const fetchOnce = vi.fn(async () => values.shift()!);
    const seen: string[] = [];

    const result = pollUntil(fetchOnce, (v) => v === 'ready', {
      intervalMs: 1000,
      timeoutMs: 10_000,
      onValue: (v) => seen.push(v),
    });
    await vi.runAllTimersAsync();

    await expect(result).resolves.toBe('ready');
    expect(fetchOnce).toHaveBeenCalledTimes(3);
    expect(seen).toEqual(['pending', 'pending', 'ready']);
  });

  it('gives up with a timeout error when the value never comes', async () => {
    const fetchOnce = vi.fn(async () => 'pending');

    const result = pollUntil(fetchOnce, (v) => v === 'ready', { intervalMs: 1000, timeoutMs: 3000 });
    const assertion = expect(result).rejects.toBeInstanceOf(PollTimeoutError);
    await vi.runAllTimersAsync();

    await assertion;
    // At 0, 1, 2 and 3 seconds: the last try is still within the time allowed.
    expect(fetchOnce).toHaveBeenCalledTimes(4);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const fetchOnce = vi.fn(async () => 'pending');

    const result = pollUntil(fetchOnce, () => false, {
      intervalMs: 1000,
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    const assertion = expect(result).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(1500);
    controller.abort();

    await assertion;
    expect(fetchOnce).toHaveBeenCalledTimes(2);
  });
});
