// The Int32Array the main thread and the checkpoint worker share (on a SharedArrayBuffer): commits
// are announced without a message, and the main thread reads the WAL's state without asking.

/** Commits the main thread has announced (wraps around; only compared for equality). */
export const COMMITS = 0;
/** The value of COMMITS when the worker's last checkpoint started that copied the whole WAL. */
export const COPIED = 1;
/** The WAL's length in pages at the worker's last checkpoint. */
export const WAL_FRAMES = 2;
/** 1 while writes on the main thread wait for the worker to copy the whole WAL. */
export const WAITING = 3;
/** 1: the worker closes its connection and ends. */
export const STOP = 4;
/** Bumped with every change above that the worker should act on; the worker sleeps on it. */
export const WAKE = 5;
/** Bumped when a writer starts waiting and on `stop`: ends the worker's pause between checkpoints. */
export const URGENT = 6;

export const newCheckpointState = () => new Int32Array(new SharedArrayBuffer(7 * Int32Array.BYTES_PER_ELEMENT));
