/** The preview's load result in plain words: which feed failed and why, which item, which field. */
import type { Messages } from './messages.js';

export interface Diagnosis {
  tone: 'ok' | 'warning' | 'error' | 'info';
  lines: string[];
  /** One entry per problem of the feed. */
  items?: ProblemLine[];
  /** The technical message, for whoever runs the feed's server. */
  technical?: string;
}

/** A problem in words: where (item, field), the data layer's message (English), what follows. */
export interface ProblemLine {
  where: string;
  message: string;
  consequence: string;
}

interface Problem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  item?: string;
}

interface FeedErrorLike {
  kind?: string;
  url?: string;
  status?: number;
  message?: string;
  problems?: readonly Problem[];
}

/** `events[3].start` → entry no. 4, field "start"; `VEVENT #2 (UID abc).DTSTART` → entry no. 2, field "DTSTART". */
export function describeProblem(msg: Messages, problem: Problem): ProblemLine {
  const index = /\[(\d+)\]|#(\d+)/.exec(problem.path);
  const n = index ? Number(index[1] ?? index[2]) + (index[1] !== undefined ? 1 : 0) : undefined;
  const field = (/(?:\]|\))\.(.+)$/.exec(problem.path)?.[1] ?? (/^[\w-]+$/.test(problem.path) ? problem.path : undefined))?.replace(/^"\s*(.*?)\s*"$/, '$1');
  const who = problem.item ? msg.entryNamed(n, problem.item) : n ? msg.entry(n) : problem.path;
  return {
    where: field ? `${who}, ${msg.field(field)}` : who,
    message: problem.message,
    consequence: problem.severity === 'error' ? msg.skipped : msg.ignored,
  };
}

/** How the widget's `kultur-load` reads for a webmaster. */
export function diagnoseLoad(msg: Messages, widget: string, detail: Record<string, unknown>): Diagnosis {
  if (widget === 'badge') {
    return detail.valid ? { tone: 'ok', lines: [msg.badgeValid] } : { tone: 'warning', lines: [msg.badgeInvalid(String(detail.reason ?? '?'))] };
  }
  if (widget === 'reservation') return { tone: 'ok', lines: [msg.availability] };
  const events = (detail.events as unknown[] | undefined)?.length ?? 0;
  const problems = (detail.problems as Problem[] | undefined) ?? [];
  if (!problems.length) return { tone: 'ok', lines: [msg.loaded(events), msg.noProblems] };
  return { tone: 'warning', lines: [msg.loaded(events), msg.problems(problems.length)], items: problems.map((p) => describeProblem(msg, p)) };
}

export interface Reachability {
  /** The server answered a `no-cors` request: it is there, CORS is what blocks. */
  reachable: boolean;
  /** The page's own CSP refused the connection. */
  csp: boolean;
}

/** How the widget's `kultur-error` reads for a webmaster; `reach` refines a `cors` error. */
export function diagnoseError(msg: Messages, error: unknown, origin: string, reach?: Reachability): Diagnosis {
  const e = (error ?? {}) as FeedErrorLike;
  const url = e.url ?? '?';
  const technical = e.message;
  switch (e.kind) {
    case 'network':
      return { tone: 'error', lines: [msg.network(url)], technical };
    case 'cors':
      if (reach?.csp) return { tone: 'error', lines: [msg.csp(url)], technical };
      if (!reach) return { tone: 'error', lines: [msg.corsUnknown(url), msg.corsFix(origin)], technical };
      return reach.reachable
        ? { tone: 'error', lines: [msg.cors(url), msg.corsFix(origin)], technical }
        : { tone: 'error', lines: [msg.unreachable(url)] };
    case 'timeout':
      return { tone: 'error', lines: [msg.timeout(url)], technical };
    case 'http':
      return { tone: 'error', lines: [msg.http(url, e.status)], technical };
    case 'format':
      return { tone: 'error', lines: [msg.format(url)], technical };
    case 'empty':
      return { tone: 'error', lines: [msg.empty(url)], items: (e.problems ?? []).map((p) => describeProblem(msg, p)), technical };
    default:
      return { tone: 'error', lines: [msg.otherError], technical: technical ?? String(error) };
  }
}

/** Asks the server without CORS (an opaque answer): does it answer at all? */
export async function probe(url: string, cspBlocked: (url: string) => boolean): Promise<Reachability> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    return { reachable: true, csp: false };
  } catch {
    // The violation event is queued after the rejection: let it arrive first.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { reachable: false, csp: cspBlocked(url) };
  }
}
