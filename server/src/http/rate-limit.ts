// Per-client rate limit for writes (POST/DELETE): a fixed window counter per client address,
// answered with 429 and Retry-After when exceeded.

export class RateLimiter {
  #windows = new Map<string, { count: number; resetAt: number }>();
  #sweep: NodeJS.Timeout;
  readonly windowMs: number;
  readonly max: number;

  constructor({ windowMs, max }: { windowMs: number; max: number }) {
    this.windowMs = windowMs;
    this.max = max;
    // Forget finished windows so the map holds only clients active in the last window.
    this.#sweep = setInterval(() => {
      const now = Date.now();
      for (const [client, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(client);
    }, Math.max(windowMs, 1000));
    this.#sweep.unref();
  }

  /** Counts one request of `client`: 0 when allowed, else the seconds to wait (for Retry-After). */
  take(client: string, now = Date.now()): number {
    let window = this.#windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.#windows.set(client, window);
    }
    window.count++;
    return window.count <= this.max ? 0 : Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  }

  close(): void {
    clearInterval(this.#sweep);
  }
}
