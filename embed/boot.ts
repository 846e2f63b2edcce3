/**
 * Boot code of the iframe pages (dist/cdn/embed-*.html): reads the options from the URL's query
 * and hash, checks each against the widget's allowed values, builds the element with
 * setAttribute only and loads the widget file next to this one.
 */
import { keepDialogsInView } from './dialog-position.js';
import { answerResizeHandshake } from './frame-height.js';
import { parseOptions, urlParams, type WidgetName } from './options.js';
import { planElements } from './plan-elements.js';
import { embedPlan } from './plan.js';

const TITLES: Record<WidgetName, { de: string; en: string }> = {
  calendar: { de: 'Veranstaltungskalender', en: 'Event calendar' },
  reservation: { de: 'Ticketreservierung', en: 'Ticket reservation' },
  badge: { de: 'Mitgliedschaft', en: 'Membership' },
};

const widget = document.documentElement.dataset.widget as WidgetName;
const parsed = parseOptions(widget, urlParams(location.search, location.hash));
const { page, tokens, warnings } = parsed;

/**
 * Visitors' names and e-mails go only to this page's own server or one its HTML lists, so that a
 * crafted link on the centre's domain cannot send them elsewhere.
 */
function ownEndpoint(name: string, value: string): boolean {
  const origin = new URL(value, location.href).origin;
  const listed = document.querySelector<HTMLMetaElement>('meta[name="kultur-endpoints"]')?.content.split(/\s+/) ?? [];
  if (origin === location.origin || listed.includes(origin)) return true;
  warnings.push(`option "${name}" is ignored: ${origin} is not this page's server (list it in <meta name="kultur-endpoints">)`);
  return false;
}
const attributes = parsed.attributes.filter(([name, value]) => !(widget === 'reservation' && name === 'endpoint') || ownEndpoint(name, value));
const endpoint = page['reservation-endpoint'];
if (endpoint && !ownEndpoint('reservation-endpoint', endpoint)) delete page['reservation-endpoint'];
for (const warning of warnings) console.warn(`kultur-embed: ${warning}`);

const lang = attributes.find(([name]) => name === 'lang')?.[1];
if (lang) document.documentElement.lang = lang;
document.title = TITLES[widget][lang === 'en' ? 'en' : 'de'];

const plan = embedPlan(widget, { attributes, page, tokens }, 'kultur-reservation');
const main = document.querySelector('main') ?? document.body;
// Tokens on the container: custom properties inherit into both widgets' shadow roots.
for (const [name, value] of plan.tokens) main.style.setProperty(name, value);
const nodes = planElements(plan);
const [element] = nodes;
main.append(...nodes);
if (!element.hasAttribute(widget === 'reservation' ? 'endpoint' : 'src')) {
  console.warn(`kultur-embed: option "${widget === 'reservation' ? 'endpoint' : 'src'}" is missing: the ${widget} has nothing to load`);
}

if (widget === 'calendar') keepDialogsInView(element);
answerResizeHandshake();
for (const file of plan.files) {
  import(/* @vite-ignore */ new URL(`./${file}`, import.meta.url).href).catch((error: unknown) =>
    console.error(`kultur-embed: could not load ${file}`, error),
  );
}
