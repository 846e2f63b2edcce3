// The demo's network: the Zollhaus is the default centre, three more fictional centres of the same
// fictional network each get a short programme. All names, towns and addresses are invented.

import type { Centre, NewEvent, Store } from '../db/store.js';
import { addDays, venueTime } from '../domain/time.js';

interface Show {
  day: number;
  time: string;
  slug: string;
  category: string;
  title: string;
  description: string;
  seats: number;
  /** euros: normal, reduced */
  prices: [number, number];
}

interface DemoCentre extends Centre {
  address: string;
  shows: Show[];
}

export const DEFAULT_CENTRE_DETAILS: Centre = {
  id: 'default', name: 'Kulturzentrum Zollhaus', town: 'Lahnfeld', region: 'Mittelhessen', url: 'https://zollhaus.example', logo: null,
};

const CENTRES: DemoCentre[] = [
  {
    id: 'kulturfabrik-wiesental', name: 'Kulturfabrik Wiesental', town: 'Wiesental', region: 'Südhessen', url: 'https://kulturfabrik-wiesental.example', logo: null,
    address: 'Fabrikstraße 12, 64999 Wiesental',
    shows: [
      { day: 4, time: '20:00', slug: 'elektro-halle', category: 'Konzert', title: 'Elektro in der Halle: Kollektiv Schaltkreis', description: 'Analoge Synthesizer in der alten Websaalhalle.', seats: 250, prices: [14, 9] },
      { day: 10, time: '19:30', slug: 'theater-webstuhl', category: 'Theater', title: 'Theater: Der letzte Webstuhl', description: 'Ein Stück über die Fabrik, bevor sie Kulturfabrik wurde.', seats: 120, prices: [15, 10] },
      { day: 24, time: '16:00', slug: 'kinderkonzert', category: 'Kinder', title: 'Kinderkonzert: Die Blechbläserbande', description: 'Tuba, Posaune und Trompete für Kinder ab 5 Jahren.', seats: 150, prices: [6, 4] },
    ],
  },
  {
    id: 'theaterhaus-am-fluss', name: 'Theaterhaus am Fluss', town: 'Auenstadt', region: 'Nordhessen', url: 'https://theaterhaus-am-fluss.example', logo: null,
    address: 'Uferweg 3, 34999 Auenstadt',
    shows: [
      { day: 6, time: '20:00', slug: 'komoedie-ufer', category: 'Theater', title: 'Komödie: Hochwasser im Stadtrat', description: 'Eine Sitzung, die aus dem Ruder läuft – und ein Fluss, der steigt.', seats: 90, prices: [16, 11] },
      { day: 13, time: '20:00', slug: 'lesung-faehrhaus', category: 'Lesung', title: 'Lesung im Fährhaus: Geschichten vom anderen Ufer', description: 'Erzählungen über Grenzen, die ein Fluss zieht.', seats: 50, prices: [8, 5] },
    ],
  },
  {
    id: 'jugendkulturwerk-nordstadt', name: 'Jugendkulturwerk Nordstadt', town: 'Nordstadt', region: 'Mittelhessen', url: 'https://jugendkulturwerk-nordstadt.example', logo: null,
    address: 'Am Güterbahnhof 8, 35998 Nordstadt',
    shows: [
      { day: 5, time: '19:00', slug: 'bandcontest', category: 'Konzert', title: 'Bandcontest: Vier Bands, ein Abend', description: 'Nachwuchsbands aus der Region, das Publikum stimmt ab.', seats: 200, prices: [7, 5] },
      { day: 19, time: '18:00', slug: 'poetry-jugend', category: 'Lesung', title: 'U20 Poetry Slam', description: 'Texte von Slammerinnen und Slammern unter 20.', seats: 80, prices: [5, 3] },
    ],
  },
];

function eventOf(centre: DemoCentre, show: Show, today: string): NewEvent {
  const date = addDays(today, show.day);
  const start = venueTime(date, show.time);
  return {
    // Event ids are unique across one SQLite file, so the centre is part of them.
    id: `${date}-${centre.id}-${show.slug}`,
    startMs: start.ms,
    endMs: start.ms + 120 * 60_000,
    feed: { title: show.title, start: start.iso, allDay: false, category: show.category, description: show.description, location: { name: centre.name, address: centre.address } },
    capacity: show.seats,
    onlineQuota: Math.round(show.seats * 0.75),
    offers: [
      { id: 'normal', name: 'Normal', priceCents: show.prices[0] * 100, currency: 'EUR' },
      { id: 'ermaessigt', name: 'ermäßigt', priceCents: show.prices[1] * 100, currency: 'EUR' },
    ],
  };
}

/** Names the default centre and writes the other centres with their programmes; `today`: the venue date. */
export async function seedNetwork(store: Store, today: string): Promise<void> {
  await store.putCentre(DEFAULT_CENTRE_DETAILS);
  for (const demo of CENTRES) {
    const { id, name, town, region, url, logo } = demo;
    await store.putCentre({ id, name, town, region, url, logo });
    for (const show of demo.shows) await store.forCentre(id).insertEvent(eventOf(demo, show, today));
  }
}
