// Demo data written on the first start with an empty database: three months of programme of the
// fictional "Kulturzentrum Zollhaus" in the fictional town of Lahnfeld, dated from today, and a
// LAKS-Hessen-style membership directory, plus three more centres of the network (seed-network.ts).
// All names of venues, ensembles and guests are invented.

import type { NewEvent, Store } from '../db/store.js';
import { hashToken, newCancelToken, newReservationCode } from '../domain/codes.js';
import { addDays, VENUE_ZONE, venueDate, venueTime } from '../domain/time.js';
import { seedNetwork } from './seed-network.js';

const TOWN = '35999 Lahnfeld';
const ROOMS = {
  saal: { name: 'Kulturzentrum Zollhaus, Großer Saal', address: `Am Alten Zoll 3, ${TOWN}` },
  keller: { name: 'Kulturzentrum Zollhaus, Kellerbühne', address: `Am Alten Zoll 3, ${TOWN}` },
  kino: { name: 'Kino im Zollhaus', address: `Am Alten Zoll 3, ${TOWN}` },
  hof: { name: 'Kulturzentrum Zollhaus, Innenhof', address: `Am Alten Zoll 3, ${TOWN}` },
  buecherei: { name: 'Stadtbücherei Lahnfeld', address: `Marktplatz 5, ${TOWN}` },
};

/** Price lists per kind of event: [offer id, name, euros, category limit?]. */
const PRICES: Record<string, [string, string, number][]> = {
  konzert: [['normal', 'Normal', 16], ['ermaessigt', 'ermäßigt', 11]],
  theater: [['normal', 'Normal', 14], ['ermaessigt', 'ermäßigt', 9]],
  kino: [['normal', 'Normal', 7.5], ['ermaessigt', 'ermäßigt', 5.5]],
  lesung: [['normal', 'Normal', 9], ['ermaessigt', 'ermäßigt', 6]],
  kinder: [['kind', 'Kinder', 5], ['erwachsen', 'Erwachsene', 7]],
  frei: [['freikarte', 'Freikarte', 0]],
};

const IMAGES: Record<string, [string, string]> = {
  Konzert: ['/images/konzert.svg', 'Stilisierte Gitarre und Noten'],
  Theater: ['/images/theater.svg', 'Zwei Theatermasken'],
  Lesung: ['/images/lesung.svg', 'Aufgeschlagenes Buch'],
  Kino: ['/images/kino.svg', 'Filmkamera und Filmstreifen'],
  Kinder: ['/images/kinder.svg', 'Bunter Papierdrachen am Himmel'],
};

interface ProgrammeItem {
  /** days from today */
  day: number;
  /** venue time `HH:MM`; all-day events: ignored */
  time: string;
  /** duration */
  minutes: number;
  slug: string;
  category: string;
  title: string;
  description: string;
  room: keyof typeof ROOMS;
  /** null: no tickets (free, no reservation) */
  prices: keyof typeof PRICES | null;
  /** seats in the hall (default by room) */
  capacity?: number;
  /** seats online (default 75 %) */
  quota?: number;
  /** seats already reserved online (default: a plausible share) */
  sold?: number;
  /** seats already sold at the box office */
  boxOffice?: number;
  maxPerOrder?: number;
  /** minutes before start; default 30 (0: none) */
  doors?: number;
  status?: 'cancelled';
  allDay?: boolean;
  /** limit of the second price category */
  reducedLimit?: number;
}

const CAPACITY = { saal: 180, keller: 60, kino: 80, hof: 200, buecherei: 50 };

const PROGRAMME: ProgrammeItem[] = [
  { day: -20, time: '20:00', minutes: 110, slug: 'kino-nordlicht', category: 'Kino', title: 'Kino im Zollhaus: Nordlicht über dem Deich', description: 'Eine Fischerin, ein Sturm und ein Dorf, das zusammenrückt. Spielfilm, 104 Minuten, FSK 6.', room: 'kino', prices: 'kino', sold: 38 },
  { day: -4, time: '20:00', minutes: 120, slug: 'folk-lahntal', category: 'Konzert', title: 'Folk am Freitag: Die Lahntaler Spielleute', description: 'Balladen, Tanzmusik und Geschichten aus dem Lahntal – mit Drehleier, Geige und Kontrabass.', room: 'keller', prices: 'konzert', sold: 30 },
  { day: 0, time: '20:00', minutes: 105, slug: 'kino-faehre', category: 'Kino', title: 'Kino im Zollhaus: Die Fähre im Nebel', description: 'Ein stiller Film über einen Fährmann, der seinen letzten Sommer am Fluss verbringt. 98 Minuten, FSK 12.', room: 'kino', prices: 'kino', sold: 22 },
  { day: 2, time: '20:30', minutes: 120, slug: 'jazz-nebelhorn', category: 'Konzert', title: 'Jazz im Keller: Trio Nebelhorn', description: 'Kontrabass, Klavier und Schlagzeug: eigene Stücke zwischen Kammerjazz und Groove. Fast ausverkauft!', room: 'keller', prices: 'konzert', capacity: 60, quota: 45, sold: 42, boxOffice: 5, maxPerOrder: 6 },
  { day: 3, time: '15:00', minutes: 60, slug: 'drache-funkelfeuer', category: 'Kinder', title: 'Kindertheater: Der kleine Drache Funkelfeuer', description: 'Ein Drache, der kein Feuer speien kann, findet heraus, was er stattdessen am besten kann. Für Kinder ab 4 Jahren.', room: 'saal', prices: 'kinder', capacity: 120, quota: 100, maxPerOrder: 8 },
  { day: 5, time: '19:30', minutes: 90, slug: 'lesung-gleise', category: 'Lesung', title: 'Lesung mit Musik: Geschichten vom Ende der Gleise', description: 'Erzählungen aus stillgelegten Bahnhöfen, gelesen von einer Autorin aus der Region, begleitet vom Akkordeon.', room: 'buecherei', prices: 'lesung' },
  { day: 6, time: '21:00', minutes: 180, slug: 'swing-saal', category: 'Konzert', title: 'Tanzabend: Swing im Saal', description: 'Die Zollhaus-Bigband spielt zum Tanz. Um 20 Uhr gibt es einen Schnupperkurs für alle, die es lernen wollen.', room: 'saal', prices: 'konzert' },
  { day: 8, time: '20:00', minutes: 100, slug: 'theater-letzte-faehre', category: 'Theater', title: 'Theater Lahnfeld: Die letzte Fähre', description: 'Eigenproduktion des Theaterensembles im Zollhaus: Fünf Menschen warten auf eine Fähre, die nicht kommt. Ermäßigte Karten sind begrenzt.', room: 'saal', prices: 'theater', reducedLimit: 20 },
  { day: 9, time: '20:00', minutes: 120, slug: 'liedermacher-kompass', category: 'Konzert', title: 'Liedermacherabend: Fräulein Kompass', description: 'Lieder über Heimwege, Umwege und Irrwege. Online ausgebucht – Restkarten gibt es an der Abendkasse.', room: 'saal', prices: 'konzert', capacity: 180, quota: 100, sold: 100, boxOffice: 40 },
  { day: 11, time: '11:00', minutes: 300, slug: 'repair-cafe', category: 'Workshop', title: 'Repair-Café im Zollhaus', description: 'Defekte Toaster, Fahrräder und Lieblingspullover mitbringen – Ehrenamtliche helfen beim Reparieren. Eintritt frei, keine Anmeldung nötig.', room: 'hof', prices: null, doors: 0 },
  { day: 12, time: '20:00', minutes: 115, slug: 'kino-wolkenbruch', category: 'Kino', title: 'Kino im Zollhaus: Wolkenbruch über Lahnfeld', description: 'Komödie über eine Kleinstadt, die ihr Stadtfest gegen jedes Wetter durchziehen will. 109 Minuten, FSK 0.', room: 'kino', prices: 'kino' },
  { day: 14, time: '20:00', minutes: 120, slug: 'rostige-saiten', category: 'Konzert', title: 'Konzert: Die Rostigen Saiten', description: 'Das Konzert muss leider krankheitsbedingt entfallen. Bereits reservierte Karten verfallen, ein Ersatztermin folgt.', room: 'saal', prices: 'konzert', status: 'cancelled', sold: 35 },
  { day: 16, time: '15:00', minutes: 80, slug: 'kinderkino-baumhaus', category: 'Kinder', title: 'Kinderkino: Das geheime Baumhaus', description: 'Zeichentrickfilm für Kinder ab 6 Jahren. Eintritt frei – bitte Freikarten reservieren, die Plätze sind begrenzt.', room: 'kino', prices: 'frei', capacity: 80, quota: 70, maxPerOrder: 6 },
  { day: 18, time: '20:00', minutes: 120, slug: 'ensemble-sonnenhof', category: 'Konzert', title: 'Weltmusik: Ensemble Sonnenhof', description: 'Oud, Cello, Tabla und Stimme – Lieder aus drei Kontinenten, neu verwoben.', room: 'saal', prices: 'konzert' },
  { day: 20, time: '19:30', minutes: 90, slug: 'krimi-zollamt', category: 'Lesung', title: 'Krimilesung: Mord im Zollamt', description: 'Ein Lahnfelder Lokalkrimi – gelesen an dem Ort, an dem er spielt. Mit Pausengetränk.', room: 'keller', prices: 'lesung' },
  { day: 22, time: '20:00', minutes: 100, slug: 'impro-spontanen', category: 'Theater', title: 'Improtheater: Die Spontanen', description: 'Das Publikum ruft Stichworte, das Ensemble spielt daraus Szenen. Jeder Abend ist eine Uraufführung.', room: 'keller', prices: 'theater' },
  { day: 25, time: '20:00', minutes: 110, slug: 'kino-leuchtturm', category: 'Kino', title: 'Kino im Zollhaus: Zwei Sommer am Leuchtturm', description: 'Dokumentarfilm über die letzten Leuchtturmwärter an der Nordsee. 95 Minuten, FSK 0.', room: 'kino', prices: 'kino' },
  { day: 27, time: '20:30', minutes: 150, slug: 'blues-ramblers', category: 'Konzert', title: 'Blues-Nacht: The Lahn Valley Ramblers', description: 'Slide-Gitarre, Mundharmonika und ein Schlagzeug aus Koffern. Ausverkauft.', room: 'keller', prices: 'konzert', capacity: 60, quota: 50, sold: 50, boxOffice: 10 },
  { day: 29, time: '11:00', minutes: 60, slug: 'mitmachkonzert', category: 'Kinder', title: 'Mitmachkonzert für Kinder: Rasseln, Trommeln, Tröten', description: 'Ein Konzert zum Mitsingen und Mitklatschen für Kinder von 3 bis 8 Jahren und ihre Großen.', room: 'saal', prices: 'kinder', maxPerOrder: 8 },
  { day: 32, time: '20:00', minutes: 110, slug: 'kabarett-anders', category: 'Theater', title: 'Kabarett: Alles bleibt anders', description: 'Ein Soloprogramm über Vereinsleben, Bürgerbeteiligung und die Frage, wer den Kaffee kocht.', room: 'saal', prices: 'theater' },
  { day: 34, time: '', minutes: 0, slug: 'hofflohmarkt', category: 'Markt', title: 'Hofflohmarkt im Zollhaus', description: 'Trödel, Bücher und Kuchen im Innenhof, den ganzen Tag. Eintritt frei.', room: 'hof', prices: null, allDay: true },
  { day: 36, time: '20:00', minutes: 120, slug: 'poetry-slam', category: 'Lesung', title: 'Poetry Slam im Zollhaus', description: 'Sechs Slammerinnen und Slammer, fünf Minuten pro Text, das Publikum entscheidet.', room: 'keller', prices: 'lesung' },
  { day: 39, time: '19:00', minutes: 100, slug: 'chor-lahnfelder-stimmen', category: 'Konzert', title: 'Chorkonzert: Lahnfelder Stimmen', description: 'Der Stadtchor singt Volkslieder neu arrangiert – und lädt zum gemeinsamen Schlusslied ein.', room: 'saal', prices: 'konzert' },
  { day: 42, time: '20:00', minutes: 120, slug: 'kino-kurzfilmnacht', category: 'Kino', title: 'Kurzfilmnacht: Filme aus Hessen', description: 'Zwölf Kurzfilme von Filmschaffenden aus der Region, mit Publikumspreis.', room: 'kino', prices: 'kino' },
  { day: 46, time: '20:00', minutes: 90, slug: 'figurentheater-leuchtturm', category: 'Theater', title: 'Figurentheater für Erwachsene: Der Leuchtturmwärter', description: 'Ein Abend mit Puppen, Licht und sehr wenig Worten über Einsamkeit und Freundschaft.', room: 'keller', prices: 'theater' },
  { day: 50, time: '15:00', minutes: 50, slug: 'puppentheater-brezel', category: 'Kinder', title: 'Puppentheater: Kasper und die verschwundene Brezel', description: 'Wer hat die Brezel vom Bäcker geklaut? Ein Puppenspiel für Kinder ab 3 Jahren.', room: 'saal', prices: 'kinder', maxPerOrder: 8 },
  { day: 55, time: '20:00', minutes: 120, slug: 'songwriter-abend', category: 'Konzert', title: 'Singer-Songwriter-Abend: Drei Stimmen, drei Gitarren', description: 'Drei Musikerinnen aus der Region teilen sich die Bühne und ihre Lieder.', room: 'keller', prices: 'konzert' },
  { day: 60, time: '19:30', minutes: 100, slug: 'lesebuehne', category: 'Lesung', title: 'Lesebühne Lahnfeld', description: 'Die monatliche Lesebühne mit neuen Texten, Liedern und einem Gast aus der Nachbarschaft.', room: 'buecherei', prices: 'lesung' },
  { day: 64, time: '20:00', minutes: 130, slug: 'klezmer', category: 'Konzert', title: 'Klezmer im Saal: Kapelle Fidelwind', description: 'Klarinette, Akkordeon und Geige – Tanzmelodien, die erst langsam beginnen und dann keiner mehr stillsitzen lässt.', room: 'saal', prices: 'konzert' },
  { day: 70, time: '20:00', minutes: 100, slug: 'kino-stadtgarten', category: 'Kino', title: 'Kino im Zollhaus: Der Stadtgarten', description: 'Dokumentarfilm über ein Nachbarschaftsprojekt, das eine Brachfläche in einen Garten verwandelt. Im Anschluss Gespräch.', room: 'kino', prices: 'kino' },
  { day: 75, time: '20:00', minutes: 110, slug: 'theater-kammerspiel', category: 'Theater', title: 'Theater: Ein Zimmer mit Aussicht auf den Bahnhof', description: 'Ein Kammerspiel über zwei Schwestern, die das Elternhaus ausräumen.', room: 'keller', prices: 'theater' },
  { day: 80, time: '21:00', minutes: 240, slug: 'tanzabend-80er', category: 'Party', title: 'Zollhaus-Tanzabend: Die 80er', description: 'DJ-Team Kassettendeck legt auf, was damals auf Partykellern lief.', room: 'saal', prices: 'konzert', doors: 0 },
  { day: 86, time: '20:00', minutes: 120, slug: 'streichquartett', category: 'Konzert', title: 'Kammermusik: Lahnfelder Streichquartett', description: 'Werke von Haydn und Schubert im Großen Saal – und ein neues Stück aus der Region als Uraufführung.', room: 'saal', prices: 'konzert' },
];

/** A small deterministic random source, so every fresh demo database looks the same. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `today`: the venue date. */
function eventFromItem(item: ProgrammeItem, today: string): NewEvent {
  const date = addDays(today, item.day);
  const capacity = item.prices ? item.capacity ?? CAPACITY[item.room] : 0;
  const quota = item.prices ? item.quota ?? Math.round(capacity * 0.75) : 0;
  const [image, imageAlt] = IMAGES[item.category] ?? [undefined, undefined];
  const feed: Record<string, unknown> = { title: item.title, category: item.category, description: item.description, location: ROOMS[item.room] };
  let startMs;
  let endMs;
  if (item.allDay) {
    Object.assign(feed, { start: date, end: addDays(date, 1), allDay: true });
    startMs = venueTime(date, '10:00').ms;
    endMs = venueTime(addDays(date, 1), '00:00').ms;
  } else {
    const start = venueTime(date, item.time);
    startMs = start.ms;
    endMs = start.ms + item.minutes * 60_000;
    Object.assign(feed, { start: start.iso, end: isoInVenue(endMs), allDay: false });
    const doors = item.doors ?? 30;
    if (doors > 0) feed.doors = isoInVenue(startMs - doors * 60_000);
  }
  if (image) Object.assign(feed, { image, imageAlt });
  if (!item.prices) feed.free = true;
  const prices = item.prices ? PRICES[item.prices] : [];
  return {
    id: `${date}-${item.slug}`,
    startMs,
    endMs,
    status: item.status ?? 'scheduled',
    feed,
    capacity,
    onlineQuota: quota,
    soldBoxOffice: item.boxOffice ?? 0,
    maxPerOrder: item.maxPerOrder ?? 10,
    reservable: Boolean(item.prices),
    offers: prices.map(([id, name, euros], index) => ({
      id, name, priceCents: Math.round(euros * 100), currency: 'EUR',
      capacity: index === 1 && item.reducedLimit ? item.reducedLimit : null,
    })),
  };
}

const clockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: VENUE_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as venue wall-clock ISO with offset. */
function isoInVenue(ms: number): string {
  return venueTime(venueDate(ms), clockFormat.format(ms)).iso;
}

/** Fills `seats` online seats of an event with fictional reservations of 1–4 tickets; `guest`: running guest number. */
async function fillSeats(store: Store, event: NewEvent, seats: number, rand: () => number, guest: { n: number }): Promise<void> {
  let left = seats;
  const limited = event.offers[1]?.capacity ?? Infinity;
  let reducedSold = 0;
  while (left > 0) {
    const quantity = Math.min(left, 1 + Math.floor(rand() * 4));
    const useReduced = event.offers.length > 1 && rand() < 0.3 && reducedSold + quantity <= limited;
    const offer = event.offers[useReduced ? 1 : 0];
    if (useReduced) reducedSold += quantity;
    guest.n++;
    const number = String(guest.n).padStart(3, '0');
    const outcome = await store.reserve({
      eventId: event.id,
      lines: [{ offerId: offer.id, quantity }],
      person: { name: `Beispielgast ${number}`, email: `gast${number}@example.org`, phone: null, message: null, newsletter: rand() < 0.2 },
      tokenHash: hashToken(newCancelToken()),
      newCode: () => newReservationCode('ZH'),
      nowMs: event.startMs - 14 * 86_400_000 + guest.n * 60_000,
      closeMinutes: 0,
      respond: () => null,
    });
    if (outcome.kind !== 'confirmed') throw new Error(`Seed reservation for ${event.id} failed: ${outcome.kind}`);
    left -= quantity;
  }
}

/** The LAKS-Hessen-style membership directory (fictional members; the network URL is an example domain). */
export function demoDirectory(now: Date) {
  const validUntil = `${now.getUTCFullYear() + 1}-12-31`;
  const base = 'https://laks-hessen.example/mitglieder';
  const member = (id: string, name: string, since: string, status: string, extra: Record<string, unknown> = {}) => ({ id, name, since, status, validUntil, profileUrl: `${base}/${id}`, ...extra });
  return {
    network: { id: 'laks-hessen', name: 'LAKS Hessen e.V.', url: 'https://laks-hessen.example', logo: '/images/laks-hessen.svg', membersUrl: base },
    members: [
      member('zollhaus', 'Kulturzentrum Zollhaus', '2009-03-01', 'active'),
      member('kulturfabrik-wiesental', 'Kulturfabrik Wiesental', '2014-06-15', 'active', { websites: ['https://kulturfabrik-wiesental.example'] }),
      member('theaterhaus-am-fluss', 'Theaterhaus am Fluss', '2017-01-01', 'active'),
      member('jugendkulturwerk-nordstadt', 'Jugendkulturwerk Nordstadt', '2021-09-01', 'active'),
      member('kunstverein-alte-muehle', 'Kunstverein Alte Mühle', '2012-04-01', 'suspended'),
      member('buergerhaus-lindengrund', 'Bürgerhaus Lindengrund', '2005-10-01', 'ended', { validUntil: '2024-12-31' }),
    ],
  };
}

/** Writes the demo programme and directory, dated from `now`. */
export async function seedDemo(store: Store, now: Date): Promise<void> {
  const today = venueDate(now.getTime());
  const rand = random(20261205);
  const guest = { n: 0 };
  for (const item of PROGRAMME) {
    const event = eventFromItem(item, today);
    // Insert as scheduled so the seats of a cancelled event can be seeded, then cancel it.
    await store.insertEvent({ ...event, status: 'scheduled' });
    const share = event.onlineQuota * (0.15 + rand() * 0.35);
    const sold = Math.min(event.onlineQuota, item.sold ?? Math.round(share));
    if (sold > 0 && event.offers.length > 0) await fillSeats(store, event, sold, rand, guest);
    if (event.status !== 'scheduled') await store.setEventStatus(event.id, event.status ?? 'scheduled');
  }
  const directory = demoDirectory(now);
  await store.putDirectory(directory.network, directory.members);
  await seedNetwork(store, today);
}
