// @ts-check
// Runs in a worker thread: moves committed pages from the WAL into the database file ten times a second.
// A checkpoint ends with an fsync; doing it here keeps that wait off the event loop that answers
// requests (with SQLite's automatic checkpoints it would fall on whichever commit crossed the limit).

import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

// The main thread created the file; never create a stray one if it is gone already.
const db = new Database(workerData.databasePath, { fileMustExist: true });
db.pragma('busy_timeout = 1000');

const timer = setInterval(() => {
  try {
    // PASSIVE never blocks the writer; what it cannot copy now it copies next time.
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage({ error: String(error) });
  }
}, workerData.intervalMs);

parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
