// @ts-check
// A tiny method + path router: `/api/events/:id/availability` style patterns, parameters percent-decoded.

/** @typedef {(ctx: import('./http-util.js').RequestContext) => void | Promise<void>} Handler */

export class Router {
  /** @type {{ method: string, regex: RegExp, handler: Handler }[]} */
  #routes = [];

  /**
   * @param {string} method
   * @param {string} pattern  `:name` matches one path segment
   * @param {Handler} handler
   */
  add(method, pattern, handler) {
    const source = pattern.split('/').map((part) => (part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    this.#routes.push({ method, regex: new RegExp(`^${source}$`), handler });
    return this;
  }

  /**
   * @param {string} method
   * @param {string} path
   * @returns {{ handler: Handler, params: string[] } | { allowed: string[] } | undefined}
   *   the handler, or the methods allowed on a known path (405), or undefined (404)
   */
  match(method, path) {
    /** @type {string[]} */
    const allowed = [];
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
