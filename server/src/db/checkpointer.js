// @ts-check
// Starts the checkpoint worker (checkpoint-worker.js) for a database file.

import { Worker } from 'node:worker_threads';

/**
 * @param {string} databasePath
 * @param {(reason: string) => void} onFailure  called once when the worker cannot do its job
 * @returns {{ stop: () => void }}
 */
export function startCheckpointer(databasePath, onFailure, intervalMs = 100) {
  const worker = new Worker(new URL('./checkpoint-worker.js', import.meta.url), { workerData: { databasePath, intervalMs } });
  worker.unref(); // never keeps the process alive
  let failed = false;
  let stopped = false;
  const fail = (reason) => {
    // After stop() the database may be gone already (a test removing its folder): nothing to report.
    if (failed || stopped) return;
    failed = true;
    onFailure(reason);
  };
  worker.on('message', (message) => message?.error && fail(message.error));
  worker.on('error', (error) => fail(String(error)));
  return {
    stop() {
      stopped = true;
      worker.postMessage('stop');
    },
  };
}
