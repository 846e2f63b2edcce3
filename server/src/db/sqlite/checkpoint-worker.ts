// Runs in a worker thread: moves committed pages from the WAL into the database file after the
// commits the main thread announces (at most every `minGapMs` unless a writer waits for it), and
// every `intervalMs` for writes that are not announced.
// A checkpoint ends with two fsyncs (the WAL, then the database file); doing it here keeps those
// waits off the event loop that answers requests. The state shared with the main thread is
// described in checkpointer.ts.

import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { COMMITS, COPIED, STOP, URGENT, WAITING, WAKE, WAL_FRAMES } from './checkpoint-state.js';

const state = new Int32Array(workerData.state as SharedArrayBuffer);
// The main thread created the file; never create a stray one if it is gone already.
const db = new Database(workerData.databasePath, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
parentPort?.postMessage('started');

while (Atomics.load(state, STOP) === 0) {
  const wake = Atomics.load(state, WAKE);
  const commits = Atomics.load(state, COMMITS);
  let copiedAll = false;
  try {
    // PASSIVE never blocks the writer; what it cannot copy now it copies next time.
    const [{ busy, log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    Atomics.store(state, WAL_FRAMES, log);
    copiedAll = busy === 0 && checkpointed === log;
  } catch (error) {
    parentPort?.postMessage({ error: String(error) });
    break;
  }
  if (copiedAll) {
    Atomics.store(state, COPIED, commits);
    // A waiting writer is told only once everything up to its last commit is copied.
    if (Atomics.load(state, WAITING) === 1 && Atomics.load(state, COMMITS) === commits) parentPort?.postMessage('copied');
  }
  // A pause between checkpoints (unless a writer waits) lets a checkpoint copy the pages every
  // commit touches (the last page of each table, the counters) once for several commits.
  const urgent = Atomics.load(state, URGENT);
  if (Atomics.load(state, WAITING) === 0) Atomics.wait(state, URGENT, urgent, workerData.minGapMs);
  // Then sleep until the next commit, a waiting writer or `stop` (at once if one came meanwhile);
  // a writer waiting for a copy that could not finish is retried after a millisecond.
  const waitingInVain = !copiedAll && Atomics.load(state, WAITING) === 1;
  Atomics.wait(state, WAKE, wake, waitingInVain ? 1 : workerData.intervalMs);
}
db.close();
