// A tiny method + path router: `/api/events/:id/availability` style patterns, parameters percent-decoded.

import type { Handler } from './context.js';

export type RouteMatch = { handler: Handler; params: string[] } | { allowed: string[] } | undefined;

export class Router {
  #routes: { method: string; regex: RegExp; handler: Handler }[] = [];

  /** `:name` in `pattern` matches one path segment. */
  add(method: string, pattern: string, handler: Handler): this {
    const source = pattern.split('/').map((part) => (part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    this.#routes.push({ method, regex: new RegExp(`^${source}$`), handler });
    return this;
  }

  /** The handler, or the methods allowed on a known path (405), or undefined (404). */
  match(method: string, path: string): RouteMatch {
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const found = route.regex.exec(path);
      if (!found) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        allowed.push(route.method);
        continue;
      }
      try {
        return { handler: route.handler, params: found.slice(1).map(decodeURIComponent) };
      } catch {
        return undefined; // malformed percent-encoding: no such resource
      }
    }
    return allowed.length > 0 ? { allowed } : undefined;
  }
}
