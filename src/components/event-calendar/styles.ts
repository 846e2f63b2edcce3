import { css } from 'lit';

/**
 * Calendar styles. Sizes are in `em`, so the widget follows the host's font size; colours come
 * from the `--_k-*` token aliases (light and dark). Inherited properties a host page may set
 * aggressively are reset on the wrapper.
 *
 * Only weights 400 and 700: the widget inherits the host's font, and host pages usually ship just
 * those two (500/600 fall back to one of them anyway). Each further weight is one more font face
 * for the browser to look up before the first paint (measured: ~12 ms of a cold 1,000-event month).
 * Likewise few sizes: every size × weight is a font strike (~1.5 ms each, cold), so the buttons share
 * the day numbers' 0.875em.
 */
export const calendarStyles = css`
  .cal {
    container: cal / inline-size;
    background: var(--_k-bg);
    color: var(--_k-text);
    white-space: normal;
    word-spacing: normal;
    text-indent: 0;
    text-shadow: none;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    visibility: visible;
    cursor: auto;
    hyphens: manual;
    overflow-wrap: break-word;
  }
  /* Dark on a page of another shade: a card with room around the content. */
  :host([theme='dark']) .cal {
    padding: 1em;
    border-radius: calc(var(--_k-radius) * 1.5);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .cal {
      padding: 1em;
      border-radius: calc(var(--_k-radius) * 1.5);
    }
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  abbr {
    text-decoration: none;
  }
  button,
  input,
  .button {
    font: inherit;
    letter-spacing: normal;
    text-transform: none;
  }
  button,
  svg {
    display: block;
    flex: none;
  }

  /* --- toolbar: one flex row that breaks where the container needs it */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 0.5em;
    margin-block-end: 1em;
  }
  .break {
    flex-basis: 100%;
    height: 0;
  }
  .narrow-only {
    display: none;
  }
  .title {
    flex: 1 1 auto;
    min-width: 0;
    margin-inline-end: 0.5em;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }
  .nav-buttons {
    display: flex;
    align-items: center;
    gap: 0.25em;
    margin-inline-end: 0.5em;
  }
  .icon-button,
  .today-button,
  .button,
  .filter,
  .segmented button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    min-height: 2.5rem;
    padding: 0 1em;
    border: 1px solid var(--_k-border);
    border-radius: 999px;
    background: var(--_k-bg);
    color: var(--_k-text);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.2;
    text-decoration: none;
  }
  .icon-button {
    width: 2.5rem;
    padding: 0;
  }
  .icon-button:hover,
  .today-button:hover,
  .button:hover,
  .filter:hover {
    background: var(--_k-surface);
    border-color: var(--_k-muted);
  }
  .segmented {
    display: inline-flex;
    padding: 3px;
    border: 1px solid var(--_k-border);
    border-radius: 999px;
    background: var(--_k-surface);
  }
  .segmented button {
    min-height: 2.125rem;
    border-color: transparent;
    background: transparent;
    color: var(--_k-muted);
  }
  .segmented [aria-pressed='true'] {
    background: var(--_k-bg);
    border-color: var(--_k-border);
    color: var(--_k-text);
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
    flex: 0 1 16em;
    min-width: 10em;
  }
  .search-icon {
    position: absolute;
    inset-inline-start: 0.8em;
    color: var(--_k-muted);
    pointer-events: none;
  }
  .search input {
    width: 100%;
    min-height: 2.5rem;
    margin: 0;
    padding: 0 1em 0 2.5em;
    border: 1px solid var(--_k-border);
    border-radius: 999px;
    background: var(--_k-bg);
    color: var(--_k-text);
    /* 16 px: iOS zooms the page into inputs with smaller text. */
    font-size: 1em;
  }
  .search input::placeholder {
    color: var(--_k-muted);
    opacity: 1;
  }
  .filters {
    display: flex;
    flex: 1 1 20em;
    flex-wrap: wrap;
    gap: 0.375em;
    min-width: 0;
  }
  .filter {
    min-height: 2.25rem;
    padding: 0 0.875em;
    font-weight: 400;
  }
  .filter[aria-pressed='true'] {
    background: var(--_k-accent);
    border-color: var(--_k-accent);
    color: var(--_k-on-accent);
  }
  /* Chosen is also shown by a tick, not by colour alone. */
  .filter[aria-pressed='true']::before {
    content: '✓';
    font-weight: 700;
  }

  /* --- month grid */
  /* The next month waits under the shown one: laid out and painted on a layer of its own, but
     transparent, behind the shown grid, clipped to its height (and inert). Showing it changes the
     layer's opacity, which repaints nothing; visibility: hidden would leave it unpainted. */
  .months {
    position: relative;
    isolation: isolate;
    overflow: clip;
  }
  .month {
    will-change: opacity;
  }
  .ahead {
    position: absolute;
    inset: 0 0 auto;
    z-index: -1;
    opacity: 0;
  }
  /* Lines are cell borders, not gaps over a coloured background: borders snap to whole pixels,
     so every line is equally thin at any width. */
  .grid {
    display: grid;
    overflow: clip;
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: var(--_k-bg);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .row > * + * {
    border-inline-start: 1px solid var(--_k-border);
  }
  .row + .row > * {
    border-block-start: 1px solid var(--_k-border);
  }
  .with-weeks .row {
    grid-template-columns: 2.5em repeat(7, minmax(0, 1fr));
  }
  .head > *,
  .wk {
    padding: 0.5em;
    background: var(--_k-surface);
    color: var(--_k-muted);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .row:not(.head) .wk {
    display: grid;
    place-items: start center;
    padding-top: 0.9em;
    font-weight: 700;
    letter-spacing: 0;
  }
  .day {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-width: 0;
    height: var(--kultur-calendar-day-height, 7.25em);
    padding: 0.3em;
    overflow: clip;
    background: var(--_k-bg);
    /* Each day lays out on its own: a month change touches 35 small boxes, not one big one. */
    contain: strict;
    outline: none;
  }
  .day.outside {
    background: var(--_k-surface);
  }
  .day:focus-visible,
  .chip:focus-visible,
  .more:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_k-accent);
  }
  /* An inline block, not an inline grid: 42 grid containers took ~3 ms of layout per month. */
  .num {
    display: inline-block;
    flex: none;
    width: 1.9em;
    height: 1.9em;
    line-height: 1.9em;
    text-align: center;
    border-radius: 50%;
    font-size: 0.875em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .outside .num,
  .past .num {
    color: var(--_k-muted);
    font-weight: 400;
  }
  .today .num {
    background: var(--_k-accent);
    color: var(--_k-on-accent);
    font-weight: 700;
  }
  /* A chip is one line: bold time, title cut with an ellipsis. */
  .chip {
    position: relative;
    display: block;
    min-width: 0;
    margin: 0;
    padding: 0.1em 0.4em;
    overflow: hidden;
    text-overflow: ellipsis;
    border: 0;
    border-inline-start: 3px solid var(--_k-accent);
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--_k-accent) 10%, var(--_k-bg));
    color: var(--_k-text);
    font-size: 0.8125em;
    line-height: 1.4;
    text-align: start;
    white-space: nowrap;
  }
  .chip.all-day {
    background: var(--_k-accent);
    color: var(--_k-on-accent);
  }
  .chip:hover {
    background: color-mix(in srgb, var(--_k-accent) 20%, var(--_k-bg));
  }
  .chip b {
    font-variant-numeric: tabular-nums;
  }
  .chip[data-status='cancelled'],
  .chip[data-status='postponed'],
  .chip[data-status='soldout'],
  .past .chip {
    border-inline-start-color: var(--_k-muted);
    background: var(--_k-surface);
    color: var(--_k-muted);
  }
  /* A cancelled event is struck through, time and title (and greyed, and named so in its label). */
  .chip[data-status='cancelled'],
  .struck {
    text-decoration: line-through;
  }
  .more {
    margin: 0;
    padding: 0.1em 0.4em;
    border: 0;
    border-radius: 0.3em;
    background: none;
    color: var(--_k-text);
    font-size: 0.8125em;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    white-space: nowrap;
  }
  .more-short {
    display: none;
  }
  .grid[aria-busy='true'] .day:not(.outside) {
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      background: var(--_k-surface);
    }
  }

  /* Narrow month grid: events become dots, a tap on the day opens its list. */
  @container cal (max-width: 599px) {
    .title {
      margin: 0;
      font-size: 1.125em;
    }
    .narrow-only {
      display: block;
    }
    .wide-only {
      display: none;
    }
    .icon-button {
      width: 2.25rem;
    }
    .today-button {
      padding: 0 0.75em;
    }
    .nav-buttons {
      margin: 0;
    }
    .search {
      flex: 1 1 8em;
      min-width: 0;
    }
    /* One scrolling row of filters instead of a wall of chips. */
    .filters {
      flex-basis: 100%;
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: none;
      padding: 3px;
      margin: -3px;
    }
    .filter {
      flex: none;
    }
    .item,
    .up {
      grid-template-columns: 4.75em minmax(0, 1fr);
      gap: 0.25em 0.75em;
    }
    .head > * {
      padding: 0.5em 0;
      text-align: center;
    }
    /* The number centred, the dots in centred rows under it. */
    .day {
      display: block;
      height: auto;
      min-height: 3.5em;
      text-align: center;
      contain: content;
      cursor: pointer;
    }
    .num {
      display: block;
      margin: 0 auto 0.15em;
    }
    .chip,
    .more {
      display: inline-block;
      margin: 1.5px;
      vertical-align: middle;
    }
    .chip {
      width: 0.5rem;
      height: 0.5rem;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: var(--_k-accent);
      font-size: 0;
    }
    /* Past days: grey dots (the wide grid's pale chip background would vanish). */
    .past .chip {
      background: var(--_k-muted);
    }
    .chip:is([data-status='cancelled'], [data-status='postponed'], [data-status='soldout']) {
      border: 1px solid var(--_k-muted);
      background: transparent;
    }
    .more {
      padding: 0;
      font-size: 0.75em;
      text-decoration: none;
    }
    /* "+4" on screen, "+4 weitere" for screen readers. */
    .more-long {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .more-short {
      display: inline;
    }
  }

  /* --- agenda and upcoming */
  .agenda {
    display: grid;
    gap: 1.5em;
  }
  .agenda-day {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .agenda-date {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    padding-block-end: 0.4em;
    border-bottom: 2px solid var(--_k-text);
    font-size: 1.0625em;
    font-weight: 700;
  }
  .past .agenda-date {
    border-color: var(--_k-border);
    color: var(--_k-muted);
  }
  .today-mark {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_k-accent);
    color: var(--_k-on-accent);
    font-size: 0.75em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .item,
  .up {
    position: relative;
    display: grid;
    grid-template-columns: 5em minmax(0, 1fr);
    gap: 0.5em 1em;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_k-border);
  }
  .item:last-child,
  .up:last-child {
    border-bottom: 0;
  }
  .item-time {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .item-time {
    overflow-wrap: normal;
  }
  .item-time.all-day {
    padding-top: 0.2em;
    color: var(--_k-muted);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .item-title {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_k-text);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
    text-align: start;
    hyphens: auto;
  }
  /* The whole row opens the event. */
  .item-title::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .item-title:focus-visible {
    box-shadow: none;
  }
  .item-title:focus-visible::after {
    border-radius: var(--_k-radius);
    box-shadow: var(--_k-focus);
  }
  .item:hover .item-title,
  .up:hover .item-title {
    color: var(--_k-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .item-title[data-status='cancelled'] {
    text-decoration: line-through;
  }
  .meta {
    margin-top: 0.15em;
    color: var(--_k-muted);
    font-size: 0.875em;
  }
  .tag,
  .status {
    display: inline-block;
    padding: 0.05em 0.5em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    color: var(--_k-danger);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    vertical-align: 0.15em;
  }
  .tag[data-status='few'],
  .tag[data-status='postponed'],
  .status[data-status='few'],
  .status[data-status='postponed'] {
    color: var(--_k-warning);
  }
  .up {
    grid-template-columns: 3.25em minmax(0, 1fr);
    align-items: start;
  }
  .up-date {
    display: grid;
    place-items: center;
    padding: 0.35em 0;
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
    line-height: 1.1;
  }
  .up-day {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .up-month {
    color: var(--_k-muted);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  /* --- notices, loading, error */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
    margin-block-end: 1em;
    padding: 0.875em 1em;
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
  }
  .notice p {
    flex: 1 1 16em;
  }
  .skeleton {
    display: grid;
    align-content: start;
    gap: 1.25em;
    min-height: 24em;
  }
  .upcoming-skeleton {
    min-height: 12em;
  }
  .bone span {
    display: block;
    height: 0.9em;
    border-radius: 0.3em;
    background: var(--_k-surface);
    animation: pulse-bone 1.6s ease-in-out infinite;
  }
  .bone span + span {
    width: 60%;
    margin-top: 0.5em;
  }
  @keyframes pulse-bone {
    50% {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone span,
    .grid[aria-busy='true'] .day:not(.outside) {
      animation: none;
    }
  }
  .error {
    padding: 1em 1.25em;
    border: 1px solid var(--_k-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_k-radius);
    background: color-mix(in srgb, var(--_k-danger) 6%, var(--_k-bg));
  }
  .error-text {
    margin-bottom: 0.75em;
    font-weight: 700;
  }
  .problems {
    margin-bottom: 0.75em;
    font-size: 0.875em;
  }
  .problems ul {
    margin-top: 0.5em;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .fallback:not(:empty) {
    margin-top: 1em;
  }

  /* The dialog's own styles come with its chunk (event-dialog.styles.ts). */
`;
