/**
 * The normalized model every widget renders. Adapters turn any feed into these shapes;
 * components never see raw feed JSON.
 */

/** Lifecycle of an event as shown to visitors. */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'soldout';

/** A price category (`Normal 15 €`, `ermäßigt 10 €`). `price` is in the currency's major unit. */
export interface KulturOffer {
  id: string;
  name: string;
  price: number;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
  /** Tickets left in this category, when the feed says. */
  remaining?: number;
}

export interface KulturLocation {
  name: string;
  address?: string;
}

export interface KulturAvailability {
  remaining?: number;
  capacity?: number;
}

/**
 * A point in time plus the venue's wall clock. `instant` is the absolute moment; `zone` is the
 * IANA zone the venue is in, so local dates and times are computed in the venue's zone, never
 * in the viewer's.
 */
export interface KulturDateTime {
  /** Epoch milliseconds. */
  instant: number;
  /** IANA time zone of the venue, e.g. `Europe/Berlin`. */
  zone: string;
}

/** A calendar date without time (`2026-12-05`), for all-day events. */
export type IsoDate = string;

interface KulturEventBase {
  /** Stable id from the feed (or derived from title + start when the feed has none). */
  id: string;
  title: string;
  category?: string;
  /** Extra categories beyond the first, for filters. */
  categories: string[];
  /** Plain text, or HTML already reduced to the safe subset (see `descriptionIsHtml`). */
  description?: string;
  /** True when `description` is sanitized HTML rather than plain text. */
  descriptionIsHtml?: boolean;
  location?: KulturLocation;
  image?: string;
  imageAlt?: string;
  url?: string;
  status: EventStatus;
  offers: KulturOffer[];
  /** True when the event is explicitly free of charge (`Eintritt frei`). */
  free?: boolean;
  availability?: KulturAvailability;
  reservable: boolean;
  /** schema.org type (`MusicEvent`, `TheaterEvent`, …) when the feed gives one. */
  schemaType?: string;
  /** The feed gave no title (iCalendar without `SUMMARY`): `title` is the neutral one of the `untitledTitle` option. */
  untitled?: boolean;
}

/** An event with a start time (and optional end and doors times). */
export interface KulturTimedEvent extends KulturEventBase {
  allDay: false;
  start: KulturDateTime;
  end?: KulturDateTime;
  doors?: KulturDateTime;
}

/** An all-day event: dates only, `endDate` exclusive (a one-day event on 5 Dec ends 6 Dec). */
export interface KulturAllDayEvent extends KulturEventBase {
  allDay: true;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Zone used to place the dates on the time line (venue zone). */
  zone: string;
}

export type KulturEvent = KulturTimedEvent | KulturAllDayEvent;

/** A problem with one item or field of a feed, for the console and the widget's message. */
export interface FeedProblem {
  /** Where: `events[3].start`, `VEVENT #2 (UID abc).DTSTART`. */
  path: string;
  /** What is wrong, in English, for developers: `"2026-13-01" is not a date`. */
  message: string;
  /** `error`: the item was skipped; `warning`: a field was ignored, the item kept. */
  severity: 'error' | 'warning';
  /** The item in words, when known: its title or id (`Jazz im Keller`). */
  item?: string;
}

/** Membership contract (see DESIGN.md). */
export type MembershipStatus = 'active' | 'suspended' | 'ended';

export interface KulturNetwork {
  id: string;
  name: string;
  url?: string;
  logo?: string;
  membersUrl?: string;
}

export interface KulturMember {
  id: string;
  name: string;
  /** `YYYY-MM-DD`. */
  since?: IsoDate;
  status: MembershipStatus;
  /** `YYYY-MM-DD`, last valid day (inclusive, Europe/Berlin). */
  validUntil?: IsoDate;
  profileUrl?: string;
  /** Origins the badge may show as valid on; absent → any. */
  websites?: string[];
}

export interface KulturMembership {
  network: KulturNetwork;
  member: KulturMember;
}
