/**
 * Diagnostics of one load: every skipped item and ignored field, named by path
 * (`events[3].start: "2026-13-01" is not a date`), reported in one console warning.
 */
import type { FeedProblem } from './types.js';

/** How many problems are kept one by one; the rest are counted (a 50 000-item feed of junk stays cheap). */
const DEFAULT_LIMIT = 200;

/** Collects the problems of one load. */
export class ProblemLog {
  readonly problems: FeedProblem[] = [];
  /** Problems beyond the limit, counted but not listed. */
  omitted = 0;

  constructor(readonly limit = DEFAULT_LIMIT) {}

  add(severity: FeedProblem['severity'], path: string, message: string, item?: string): void {
    if (this.problems.length >= this.limit) {
      this.omitted++;
      return;
    }
    const problem: FeedProblem = { path, message, severity };
    if (item) problem.item = item;
    this.problems.push(problem);
  }

  /** The item at `path` was skipped. */
  error(path: string, message: string, item?: string): void {
    this.add('error', path, message, item);
  }

  /** A field was ignored (or read leniently); the item was kept. */
  warning(path: string, message: string, item?: string): void {
    this.add('warning', path, message, item);
  }

  /** The problems, with a closing line that counts the ones not listed. */
  toArray(): FeedProblem[] {
    if (!this.omitted) return this.problems;
    return [
      ...this.problems,
      { path: '…', message: `${this.omitted} more problems not listed`, severity: 'warning' },
    ];
  }
}

/** A value as it appears in a message: JSON, shortened (`"2026-13-01"`, `42`, `{"a":1}`). */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One line per problem: `events[3].start: "2026-13-01" is not a date (skipped)`. */
export function formatProblem(problem: FeedProblem): string {
  const item = problem.item ? ` [${problem.item}]` : '';
  return `${problem.path}${item}: ${problem.message}${problem.severity === 'error' ? ' (item skipped)' : ''}`;
}

/** One grouped console warning for all problems of a load (none when there are none). */
export function warnProblems(source: string, problems: readonly FeedProblem[]): void {
  if (!problems.length) return;
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.warn(
    `kultur-widgets: ${problems.length} problem(s) in ${source} (${errors} item(s) skipped, the rest shown):\n` +
      problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
  );
}
