/** Readers shared by the JSON adapters other than native (JSON-LD, WordPress). */
import { htmlToText, looksLikeHtml } from '../sanitize.js';
import type { KulturOffer } from '../types.js';

/** Text from HTML-ish feed strings (`Rock &amp; Roll`, `<b>Jazz</b>`): entities decoded, tags removed. */
export function plainText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = (looksLikeHtml(value) ? htmlToText(value) : value).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The first element of an array, or the value itself. */
export function first<T>(value: T | T[] | undefined): T | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Values of a field that may be one value or an array of them. */
export function all<T>(value: T | T[] | undefined | null): T[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** An offer with a generated id when the feed names none. */
export function offer(price: number, currency: string, name = '', index = 0, id?: string): KulturOffer {
  return { id: id ?? (name ? name.toLowerCase().replace(/\s+/g, '-') : `price-${index + 1}`), name, price, currency };
}
