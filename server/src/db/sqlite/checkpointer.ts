// Starts the checkpoint worker (checkpoint-worker.ts) for a database file and keeps the WAL short
// without a checkpoint (and its fsyncs) on the event loop: once the WAL is long the next write waits,
// without blocking the event loop, until the worker has copied everything, so that this write starts
// the WAL over. Why and the figures: docs/decisions/0001-sqlite-write-path.md.

import { Worker } from 'node:worker_threads';
import { COMMITS, COPIED, newCheckpointState, STOP, URGENT, WAITING, WAKE, WAL_FRAMES } from './checkpoint-state.js';

/** The WAL length (pages, 128 MB) from which writes wait for the worker to start it over (decision 0001). */
export const RESTART_FRAMES = 32_000;

export interface Checkpointer {
  /** call after each commit: the worker copies it soon */
  committed(): void;
  /** runs `write` now, or once the worker has copied a long WAL */
  whenWalShort(write: () => void): void;
  stop(): void;
  /** the worker has opened the database, or failed (for tests) */
  started: Promise<void>;
}

export interface CheckpointOptions {
  /** the worker also checkpoints this often, for writes not announced by `committed` */
  intervalMs?: number;
  /** the worker pauses this long between checkpoints unless a write waits for it */
  minGapMs?: number;
  /** from this WAL length (pages) on, writes wait for the worker */
  restartFrames?: number;
  /** writes also wait while the worker is this many commits behind (a disk slower than the writes;
   * it also bounds how old the worker's last report of the WAL length can be) */
  maxLagCommits?: number;
  /** a write never waits longer (a worker stuck on the disk only lets the WAL grow) */
  maxWaitMs?: number;
}

/** `onFailure` is called once when the worker cannot do its job. */
export function startCheckpointer(databasePath: string, onFailure: (reason: string) => void, { intervalMs = 100, minGapMs = 10, restartFrames = RESTART_FRAMES, maxLagCommits = 200, maxWaitMs = 100 }: CheckpointOptions = {}): Checkpointer {
  const state = newCheckpointState();
  const worker = new Worker(new URL('./checkpoint-worker.js', import.meta.url), { workerData: { databasePath, intervalMs, minGapMs, state: state.buffer } });
  worker.unref(); // never keeps the process alive
  let failed = false;
  let stopped = false;
  let waiting: (() => void)[] = [];
  let waitTimer: NodeJS.Timeout | undefined;
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = () => resolve();
  });

  /** Commits the worker has not copied yet (the counters wrap around). */
  const uncopied = () => (Atomics.load(state, COMMITS) - Atomics.load(state, COPIED)) | 0;
  const wakeWorker = (urgent = false) => {
    Atomics.add(state, WAKE, 1);
    Atomics.notify(state, WAKE);
    if (!urgent) return;
    Atomics.add(state, URGENT, 1);
    Atomics.notify(state, URGENT);
  };
  const release = () => {
    clearTimeout(waitTimer);
    Atomics.store(state, WAITING, 0);
    const writes = waiting;
    waiting = [];
    for (const write of writes) write();
  };
  const fail = (reason: string) => {
    // After stop() the database may be gone already (a test removing its folder): nothing to report.
    if (failed || stopped) return;
    failed = true;
    release();
    markStarted();
    onFailure(reason);
  };

  worker.on('message', (message) => {
    if (message === 'started') markStarted();
    else if (message === 'copied' && uncopied() === 0) release();
    else if (message?.error) fail(message.error);
  });
  // An error thrown in the worker arrives as a copy; of SQLite's own error class only the code is left.
  worker.on('error', (error: Error & { code?: string }) => fail(String(error?.message ?? error?.code ?? error)));

  return {
    started,
    committed() {
      Atomics.add(state, COMMITS, 1);
      wakeWorker();
    },
    whenWalShort(write) {
      const lag = uncopied();
      if (failed || stopped || lag === 0 || (lag < maxLagCommits && Atomics.load(state, WAL_FRAMES) < restartFrames)) {
        write();
        return;
      }
      waiting.push(write);
      if (waiting.length > 1) return;
      waitTimer = setTimeout(release, maxWaitMs);
      Atomics.store(state, WAITING, 1);
      wakeWorker(true);
    },
    stop() {
      stopped = true;
      release();
      Atomics.store(state, STOP, 1);
      wakeWorker(true);
    },
  };
}
