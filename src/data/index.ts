/**
 * Framework-free data layer: the normalized model, feed loading with classified errors,
 * format adapters, diagnostics and safe text. Components only ever see `KulturEvent`s.
 */
export type * from './types.js';
export { FeedError, fetchJson, fetchText, isAbortError, parseJson, DEFAULT_TIMEOUT_MS } from './fetch-json.js';
export type { FeedErrorKind, FetchOptions, FetchedText } from './fetch-json.js';
export {
  loadFeed,
  normalizeFeed,
  normalizeFeedData,
  detectJsonFormat,
  clearFeedCache,
  previewFeed,
  FEED_FORMATS,
} from './load-feed.js';
export type { FeedFormat, FeedPreview, FeedResult, FeedTransform, LoadOptions, NormalizeOptions } from './load-feed.js';
export { detectTextFormat, readBodyFormat } from './detect-format.js';
export type { TextFormat } from './detect-format.js';
export { watchFeed, MIN_REFRESH_MS } from './watch-feed.js';
export type { FeedWatch, WatchOptions } from './watch-feed.js';
export { ProblemLog, formatProblem, warnProblems } from './problems.js';
export { sanitizeHtml, safeHtmlFragment, htmlToText, looksLikeHtml } from './sanitize.js';
export type { SanitizeOptions } from './sanitize.js';
// Date logic travels with the data layer for npm users of `kultur-widgets/data`.
export * from '../time/index.js';
