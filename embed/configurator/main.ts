/**
 * The embed configurator (dist/embed/index.html): pick a widget, set its options, watch the live
 * widget and the feed's diagnostics, copy the script-tag or iframe snippet.
 */
import { TOKENS, WIDGETS, parseOptions, type WidgetName } from '../options.js';
import { planElements } from '../plan-elements.js';
import { embedPlan } from '../plan.js';
import { diagnoseError, diagnoseLoad, probe, type Diagnosis } from './diagnostics.js';
import { FIELDS, validValues } from './fields.js';
import { h, renderForm, showError, type FormState } from './form.js';
import { MESSAGES, type PageLang } from './messages.js';
import { FRAME_HEIGHT, frameUrl, iframeSnippet, scriptSnippet } from './snippet.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const preview = $('preview');
const diagnostics = $('diagnostics');
const snippet = $<HTMLTextAreaElement>('snippet');
const copyStatus = $('copy-status');

const query = new URLSearchParams(location.search);
let lang: PageLang = query.get('lang') === 'en' ? 'en' : 'de';
const state: FormState = { widget: 'calendar', mode: 'script', values: {} };
const cdn = new URL('../cdn/', location.href).href;
const msg = () => MESSAGES[lang];

/** What the preview reported last, kept to say it again in the other language. */
let lastReport: (() => Diagnosis) | undefined;
let generation = 0;
let previewKey = '';
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let statusTimer: ReturnType<typeof setTimeout> | undefined;
const cspBlocked = new Set<string>();

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.effectiveDirective === 'connect-src' && event.blockedURI) cspBlocked.add(event.blockedURI);
});
const isCspBlocked = (url: string) => [...cspBlocked].some((blocked) => url.startsWith(blocked) || blocked.startsWith(new URL(url, location.href).origin));

function renderTexts(): void {
  const m = msg();
  document.documentElement.lang = lang;
  document.title = `${m.title} – kultur-widgets`;
  $('title').textContent = m.title;
  $('intro').textContent = m.intro;
  const toggle = $('switch-lang');
  toggle.textContent = m.switchLang;
  toggle.setAttribute('lang', lang === 'de' ? 'en' : 'de');
  toggle.setAttribute('aria-label', m.switchLangLabel);
  $('preview-title').textContent = m.preview;
  $('diagnostics-title').textContent = m.diagnostics;
  $('snippet-title').textContent = m.snippet;
  $('snippet-label').textContent = m.snippetLabel;
  $('copy').textContent = m.copy;
  $('frame-url-label').textContent = m.frameUrl;
  copyStatus.textContent = '';
}

function renderAll(): void {
  const focused = document.activeElement?.id;
  renderTexts();
  renderForm(form, state, msg());
  if (focused) document.getElementById(focused)?.focus();
  updateSnippet();
  if (lastReport) report(lastReport());
  schedulePreview(0);
}

function currentValues(): [string, string][] {
  return validValues(state.widget, state.values);
}

function updateSnippet(): void {
  const m = msg();
  const input = { widget: state.widget, values: currentValues(), cdn, msg: m, title: m[state.widget] };
  snippet.value = state.mode === 'iframe' ? iframeSnippet(input, location.href) : scriptSnippet(input);
  $('snippet-note').textContent = state.mode === 'iframe' ? m.iframeHeight(FRAME_HEIGHT[state.widget]) : '';
  $('frame-url-row').hidden = state.mode !== 'iframe';
  $<HTMLInputElement>('frame-url').value = state.mode === 'iframe' ? frameUrl(input, location.href) : '';
}

function report(diagnosis: Diagnosis): void {
  const m = msg();
  diagnostics.dataset.tone = diagnosis.tone;
  const nodes: Node[] = diagnosis.lines.map((line) => h('p', {}, line));
  // The data layer's messages are English: marked so a German screen reader pronounces them right.
  const message = (text: string) => (lang === 'en' ? text : h('span', { lang: 'en' }, text));
  if (diagnosis.items?.length) {
    nodes.push(h('ul', {}, ...diagnosis.items.map((item) => h('li', {}, h('strong', {}, item.where), ': ', message(item.message), `. ${item.consequence}`))));
  }
  if (diagnosis.technical) nodes.push(h('p', { class: 'note' }, `${m.technical} `, h('code', { lang: 'en' }, diagnosis.technical)));
  diagnostics.replaceChildren(...nodes);
}

/** Builds the live widget from the same plan as the iframe page, so the preview matches both snippets. */
function buildPreview(): void {
  const widget = state.widget;
  const values = currentValues();
  const key = JSON.stringify([widget, values]);
  if (key === previewKey) return;
  previewKey = key;
  const run = ++generation;
  const plan = embedPlan(widget, parseOptions(widget, values), 'preview-tickets');
  for (const name of Object.keys(TOKENS)) preview.style.removeProperty(`--kultur-${name}`);
  for (const [name, value] of plan.tokens) preview.style.setProperty(name, value);
  const children = planElements(plan);
  const [element] = children;
  const source = element.getAttribute(widget === 'reservation' ? 'endpoint' : 'src');
  const set = (make: () => Diagnosis) => {
    if (run !== generation) return;
    lastReport = make;
    report(make());
  };
  if (!source) set(() => ({ tone: 'info', lines: [msg().noSource] }));
  else set(() => ({ tone: 'info', lines: [msg().loading] }));
  element.addEventListener('kultur-load', (event) => {
    const detail = (event as CustomEvent<Record<string, unknown>>).detail;
    set(() => diagnoseLoad(msg(), widget, detail));
  });
  element.addEventListener('kultur-error', (event) => {
    const detail = (event as CustomEvent<{ error?: unknown; kind?: string }>).detail;
    const error = detail.error ?? { kind: detail.kind, url: new URL(source ?? '', location.href).href };
    set(() => diagnoseError(msg(), error, location.origin));
    const url = (error as { url?: string }).url;
    if ((error as { kind?: string }).kind === 'cors' && url) {
      void probe(url, isCspBlocked).then((reach) => set(() => diagnoseError(msg(), error, location.origin, reach)));
    }
  });
  preview.replaceChildren(...children);
}

function schedulePreview(delay = 400): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(buildPreview, delay);
}

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'widget' || target.name === 'mode') {
    if (target.name === 'widget') state.widget = target.value as WidgetName;
    else state.mode = target.value as FormState['mode'];
    if (target.name === 'widget') renderAll();
    else updateSnippet();
    return;
  }
  const picked = target.dataset.picker;
  const name = picked ?? target.dataset.option;
  if (!name) return;
  state.values[name] = target.value;
  if (picked) form.querySelector<HTMLInputElement>(`#f-${picked}`)!.value = target.value;
  const field = FIELDS[state.widget].find((f) => f.name === name);
  if (field) showError(form, field, msg(), target.value, !!picked);
  updateSnippet();
  schedulePreview(target.tagName === 'SELECT' || picked ? 0 : 400);
});

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  const field = FIELDS[state.widget].find((f) => f.name === target.dataset.option);
  if (field) showError(form, field, msg(), target.value, true);
});

form.addEventListener('submit', (event) => event.preventDefault());

$('switch-lang').addEventListener('click', () => {
  lang = lang === 'de' ? 'en' : 'de';
  renderAll();
  $('switch-lang').focus();
});

$('copy').addEventListener('click', async () => {
  const m = msg();
  let copied = false;
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied = true;
  } catch {
    snippet.focus();
    snippet.select();
    copied = document.execCommand?.('copy') ?? false;
  }
  copyStatus.textContent = copied ? m.copied : m.copyFailed;
  clearTimeout(statusTimer);
  if (copied) statusTimer = setTimeout(() => (copyStatus.textContent = ''), 6000);
});

// Options may be preset by the URL (`?widget=badge&src=…`), e.g. from a guide's link.
const preset = query.get('widget');
if (preset && Object.hasOwn(WIDGETS, preset)) state.widget = preset as WidgetName;
for (const field of FIELDS[state.widget]) {
  const value = query.get(field.name);
  if (value !== null) state.values[field.name] = value;
}
renderAll();
