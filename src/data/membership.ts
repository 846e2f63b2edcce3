/**
 * Membership JSON (one membership, or a network directory) → the normalized `KulturMembership`,
 * with diagnostics that name the field, and the pure decision whether a badge may show as valid.
 * Framework-free and small: the membership badge (8 KB budget) bundles all of it.
 */
import type { FeedProblem, IsoDate, KulturMember, KulturMembership, KulturNetwork, MembershipStatus } from './types.js';

/** Why a membership is not shown as valid. */
export type InvalidReason = 'expired' | 'suspended' | 'ended' | 'unknown-member' | 'origin';

/** What `readMembership` found: a membership, or none with the reason and the problems. */
export interface MembershipReading {
  /** The selected membership; absent when the JSON is unusable or the member is not in it. */
  membership?: KulturMembership;
  /** The network, when at least it could be read (also for an unknown member). */
  network?: KulturNetwork;
  /** `unknown-member`: readable JSON, but the requested member is not in it. */
  reason?: 'unknown-member';
  problems: FeedProblem[];
}

/** A whole network directory, each member validated on its own. */
export interface MembershipDirectory {
  network?: KulturNetwork;
  members: KulturMember[];
  problems: FeedProblem[];
}

export interface MembershipOptions {
  /** Member id to pick from a directory (the badge's `member` attribute). */
  member?: string;
  /** URL the JSON came from: relative links in it resolve against it (default: the page's base URL). */
  baseUrl?: string;
}

const STATUSES: readonly MembershipStatus[] = ['active', 'suspended', 'ended'];

type Json = Record<string, unknown>;
type Report = (path: string, message: string, severity?: FeedProblem['severity']) => void;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `"2027-13-01" is not a date`, or `missing: expected a date` (values cut short: the console is not a dump). */
const expected = (value: unknown, what: string): string =>
  value === undefined ? `missing: expected ${what}` : `${JSON.stringify(value)?.slice(0, 60)} is not ${what}`;

/** True for a real calendar date written `YYYY-MM-DD` (`2027-02-30` is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in Europe/Berlin (`YYYY-MM-DD`): memberships end with their last day in Germany, wherever the visitor is. */
export function berlinDate(now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Absolute http(s) URL, or `undefined` (`javascript:` and friends never become a link). */
function httpUrl(value: unknown, baseUrl = globalThis.document?.baseURI): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function text(raw: Json, key: string, path: string, report: Report): string | undefined {
  const value = raw[key];
  if (typeof value === 'string' && value.trim()) return value.trim();
  report(`${path}.${key}`, expected(value, 'a non-empty string'));
  return undefined;
}

/** Optional URL field: a bad one is dropped with a warning, the rest stays usable. */
function optionalUrl(raw: Json, key: string, path: string, baseUrl: string | undefined, report: Report): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null || value === '') return undefined;
  const url = httpUrl(value, baseUrl);
  if (!url) report(`${path}.${key}`, expected(value, 'an http(s) URL; ignored'), 'warning');
  return url;
}

function readNetwork(raw: unknown, baseUrl: string | undefined, report: Report): KulturNetwork | undefined {
  if (!isObject(raw)) {
    report('network', expected(raw, 'an object'));
    return undefined;
  }
  const network = { id: text(raw, 'id', 'network', report), name: text(raw, 'name', 'network', report) } as KulturNetwork;
  for (const key of ['url', 'logo', 'membersUrl'] as const) {
    const url = optionalUrl(raw, key, 'network', baseUrl, report);
    if (url) network[key] = url;
  }
  return network.id && network.name ? network : undefined;
}

/** One member; `undefined` when a field the validity decision needs is missing or wrong. */
function readMember(raw: unknown, path: string, baseUrl: string | undefined, report: Report): KulturMember | undefined {
  if (!isObject(raw)) {
    report(path, expected(raw, 'an object'));
    return undefined;
  }
  const id = text(raw, 'id', path, report);
  const name = text(raw, 'name', path, report);
  const status = raw.status as MembershipStatus;
  let usable = Boolean(id && name);
  if (!STATUSES.includes(status)) {
    report(`${path}.status`, expected(status, `one of ${STATUSES.join(', ')}`));
    usable = false;
  }
  // A validUntil that cannot be read could hide an expiry: the member is unusable, not open-ended.
  if (raw.validUntil != null && !isIsoDate(raw.validUntil)) {
    report(`${path}.validUntil`, expected(raw.validUntil, 'a date'));
    usable = false;
  }
  let websites: string[] | undefined;
  if (raw.websites != null) {
    // Binding the badge to origins is a safety feature: an unreadable list fails closed.
    if (!Array.isArray(raw.websites) || !raw.websites.length) {
      report(`${path}.websites`, expected(raw.websites, 'a non-empty array of URLs'));
      usable = false;
    } else {
      websites = [];
      raw.websites.forEach((site, i) => {
        const url = httpUrl(site, 'x:/'); // a base that no http URL can be relative to: absolute URLs only
        if (url) websites!.push(new URL(url).origin);
        else report(`${path}.websites[${i}]`, expected(site, 'an absolute http(s) URL; ignored'), 'warning');
      });
    }
  }
  const member: KulturMember = { id: id!, name: name!, status };
  if (isIsoDate(raw.validUntil)) member.validUntil = raw.validUntil;
  if (isIsoDate(raw.since)) member.since = raw.since;
  else if (raw.since != null) report(`${path}.since`, expected(raw.since, 'a date; ignored'), 'warning');
  const profileUrl = optionalUrl(raw, 'profileUrl', path, baseUrl, report);
  if (profileUrl) member.profileUrl = profileUrl;
  if (websites) member.websites = websites;
  return usable ? member : undefined;
}

function collector(): { problems: FeedProblem[]; report: Report } {
  const problems: FeedProblem[] = [];
  return { problems, report: (path, message, severity = 'error') => problems.push({ path, message, severity }) };
}

/** Reads a network directory `{ network, members: [...] }`; bad members are skipped and reported. */
export function readDirectory(raw: unknown, options: MembershipOptions = {}): MembershipDirectory {
  const { problems, report } = collector();
  const members: KulturMember[] = [];
  if (!isObject(raw)) {
    report('(root)', expected(raw, 'an object with "network" and "members"'));
    return { members, problems };
  }
  const network = readNetwork(raw.network, options.baseUrl, report);
  if (!Array.isArray(raw.members)) report('members', expected(raw.members, 'an array'));
  else
    raw.members.forEach((entry, i) => {
      const member = readMember(entry, `members[${i}]`, options.baseUrl, report);
      if (member) members.push(member);
    });
  return { network, members, problems };
}

/**
 * Reads membership JSON, `{ network, member }` or a directory `{ network, members }`, and picks
 * `options.member`. Only the network and the chosen member are validated (and reported): a
 * member's site should not warn about another member's entry.
 */
export function readMembership(raw: unknown, options: MembershipOptions = {}): MembershipReading {
  const { problems, report } = collector();
  const wanted = options.member?.trim();
  if (!isObject(raw)) {
    report('(root)', expected(raw, 'an object with "network" and "member" or "members"'));
    return { problems };
  }
  const network = readNetwork(raw.network, options.baseUrl, report);
  let entry: unknown;
  let path = 'member';
  if (Array.isArray(raw.members)) {
    if (!wanted) {
      report('members', 'is a directory: set the member attribute to the id of one member');
      return { network, reason: 'unknown-member', problems };
    }
    const index = raw.members.findIndex((m) => isObject(m) && m.id === wanted);
    if (index < 0) return { network, reason: 'unknown-member', problems };
    entry = raw.members[index];
    path = `members[${index}]`;
  } else if (raw.member === undefined) {
    report('member', 'missing: expected an object (or "members", an array)');
    return { network, problems };
  } else {
    entry = raw.member;
    // A single-member file for someone else must not vouch for this site.
    if (wanted && isObject(entry) && entry.id !== wanted) return { network, reason: 'unknown-member', problems };
  }
  const member = readMember(entry, path, options.baseUrl, report);
  if (!network || !member) return { network, problems };
  if (!member.profileUrl && !network.membersUrl && !network.url) {
    report(`${path}.profileUrl`, 'missing, and the network has no membersUrl or url: the badge cannot link to where visitors verify it', 'warning');
  }
  return { membership: { network, member }, network, problems };
}

/**
 * Whether a badge may claim `membership` now, on `origin`: status `active`, `validUntil` not past
 * in Europe/Berlin (its day itself still counts), and `origin` among `websites` when those are given.
 * Returns the reason otherwise.
 */
export function membershipValidity(
  membership: KulturMembership,
  now: Date,
  origin: string | undefined,
): { valid: true; reason?: undefined } | { valid: false; reason: InvalidReason } {
  const { status, validUntil, websites } = membership.member;
  if (status !== 'active') return { valid: false, reason: status === 'suspended' ? 'suspended' : 'ended' };
  if (validUntil && validUntil < berlinDate(now)) return { valid: false, reason: 'expired' };
  if (websites && !websites.includes(origin ?? '')) return { valid: false, reason: 'origin' };
  return { valid: true };
}
