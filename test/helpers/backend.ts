/** A fresh reference backend (real HTTP, real SQLite file) started by the test runner for this test. */
export interface TestBackend {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/api`, the widgets' `endpoint`. */
  endpoint: string;
}

export interface BackendOptions {
  /** `none` (default for tests) or `demo` (the seeded programme). */
  seed?: 'none' | 'demo';
  /** Requests per client and window before 429. */
  rateLimit?: number;
  /** Length of the rate-limit window in ms (default 60 s). */
  rateWindowMs?: number;
}

/** Starts a new backend with its own temporary database (see web-test-runner.config.mjs). */
export async function newBackend(options: BackendOptions = {}): Promise<TestBackend> {
  const query = new URLSearchParams({ seed: options.seed ?? 'none' });
  if (options.rateLimit !== undefined) query.set('rateLimit', String(options.rateLimit));
  if (options.rateWindowMs !== undefined) query.set('rateWindowMs', String(options.rateWindowMs));
  const response = await fetch(`/__kultur/backend/new?${query}`);
  if (!response.ok) throw new Error(`could not start the test backend: ${response.status} ${await response.text()}`);
  return response.json();
}
