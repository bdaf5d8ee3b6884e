/**
 * How the page keeps MSW's worker serving the embedded API (issue 12): the update check MSW
 * leaves unhandled is handled, CLIENT_CLOSED never reaches the worker, the keep-alive goes on
 * after a `beforeunload` the page survives, and the app waits until the worker controls it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLIENT_CLOSED,
  KEEPALIVE_INTERVAL_MS,
  KEEPALIVE_REQUEST,
  keepAliveAfterBeforeUnload,
  neverSendClientClosed,
  untilControlled,
  withUpdateChecksHandled,
  workerOf,
} from './browser';

afterEach(() => {
  vi.useRealTimers();
});

function fakeWorker() {
  const postMessage = vi.fn();
  return { worker: { postMessage } as unknown as ServiceWorker, postMessage };
}

describe('withUpdateChecksHandled', () => {
  it('handles an update check that the starter drops, so that its failure is no unhandled rejection', async () => {
    const failure = new TypeError(
      'Failed to update a ServiceWorker: An unknown error occurred when fetching the script.',
    );
    const original = vi.fn(() => Promise.reject(failure));
    const registrations = { update: original };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      let dropped: Promise<unknown> | undefined;
      const started = await withUpdateChecksHandled(async () => {
        // As MSW does: start the check and never look at it again.
        dropped = registrations.update.call({} as ServiceWorkerRegistration);
        return 'started';
      }, registrations);
      expect(started).toBe('started');
      expect(original).toHaveBeenCalledTimes(1);
      // Whoever does look still sees the failure.
      await expect(dropped).rejects.toBe(failure);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('puts the original update back afterwards, also when starting fails', async () => {
    const original = vi.fn(() => Promise.resolve());
    const registrations = { update: original };
    await withUpdateChecksHandled(async () => 'ok', registrations);
    expect(registrations.update).toBe(original);
    await expect(withUpdateChecksHandled(() => Promise.reject(new Error('no worker')), registrations)).rejects.toThrow(
      'no worker',
    );
    expect(registrations.update).toBe(original);
  });
});

describe('neverSendClientClosed', () => {
  it('drops CLIENT_CLOSED and passes every other message on', () => {
    const { worker, postMessage } = fakeWorker();
    neverSendClientClosed(worker);
    worker.postMessage(CLIENT_CLOSED);
    expect(postMessage).not.toHaveBeenCalled();
    worker.postMessage(KEEPALIVE_REQUEST);
    worker.postMessage('MOCK_ACTIVATE');
    expect(postMessage.mock.calls).toEqual([[KEEPALIVE_REQUEST], ['MOCK_ACTIVATE']]);
  });
});

describe('keepAliveAfterBeforeUnload', () => {
  it('says nothing until beforeunload, then keeps the worker alive at MSW’s pace, once however often it fires', () => {
    vi.useFakeTimers();
    const { worker, postMessage } = fakeWorker();
    const page = Object.assign(new EventTarget(), { setInterval: globalThis.setInterval }) as unknown as Window;
    keepAliveAfterBeforeUnload(worker, page);

    vi.advanceTimersByTime(3 * KEEPALIVE_INTERVAL_MS);
    expect(postMessage).not.toHaveBeenCalled();

    page.dispatchEvent(new Event('beforeunload'));
    page.dispatchEvent(new Event('beforeunload'));
    vi.advanceTimersByTime(KEEPALIVE_INTERVAL_MS - 1);
    expect(postMessage).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(postMessage.mock.calls).toEqual([[KEEPALIVE_REQUEST]]);
    vi.advanceTimersByTime(2 * KEEPALIVE_INTERVAL_MS);
    expect(postMessage).toHaveBeenCalledTimes(3);
  });
});

describe('workerOf', () => {
  it('answers the active worker, else the waiting or the installing one', () => {
    const active = { scriptURL: 'a' } as ServiceWorker;
    const installing = { scriptURL: 'i' } as ServiceWorker;
    expect(workerOf({ active, waiting: null, installing } as ServiceWorkerRegistration)).toBe(active);
    expect(workerOf({ active: null, waiting: null, installing } as ServiceWorkerRegistration)).toBe(installing);
    expect(workerOf({ active: null, waiting: null, installing: null } as ServiceWorkerRegistration)).toBeNull();
  });
});

describe('untilControlled', () => {
  function fakeContainer(controller: ServiceWorker | null) {
    return Object.assign(new EventTarget(), { controller }) as unknown as ServiceWorkerContainer;
  }

  it('resolves at once when a worker controls the page', async () => {
    await expect(untilControlled(fakeContainer({} as ServiceWorker), 60_000)).resolves.toBeUndefined();
  });

  it('waits for a worker to claim the page', async () => {
    vi.useFakeTimers();
    const container = fakeContainer(null);
    let resolved = false;
    const waiting = untilControlled(container, 5_000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(resolved).toBe(false);
    container.dispatchEvent(new Event('controllerchange'));
    await waiting;
    expect(resolved).toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    vi.useFakeTimers();
    let resolved = false;
    const waiting = untilControlled(fakeContainer(null), 5_000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(resolved).toBe(true);
  });
});
