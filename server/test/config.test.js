// Environment variables → startServer options.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { optionsFromEnv } from '../dist/config.js';

describe('configuration from the environment', () => {
  it('reads every documented variable', () => {
    assert.deepEqual(optionsFromEnv({
      PORT: '9000', HOST: '127.0.0.1', DATABASE_PATH: '/var/lib/kultur/db.sqlite', ADMIN_TOKEN: 'tok',
      CORS_ORIGINS: 'https://www.zollhaus.example, https://zollhaus.example/', RETENTION_DAYS: '30',
      RESERVATION_CLOSE_MINUTES: '60', RATE_LIMIT_WINDOW_MS: '10000', RATE_LIMIT_MAX: '5', PUBLIC_URL: 'https://tickets.zollhaus.example/',
      TRUST_PROXY: '1', BODY_LIMIT_BYTES: '8192', CODE_PREFIX: 'KZ', SEED: 'none',
    }), {
      port: 9000, host: '127.0.0.1', databasePath: '/var/lib/kultur/db.sqlite', adminToken: 'tok',
      corsOrigins: ['https://www.zollhaus.example', 'https://zollhaus.example'], retentionDays: 30,
      reservationCloseMinutes: 60, rateLimit: { windowMs: 10000, max: 5 }, publicUrl: 'https://tickets.zollhaus.example',
      trustProxy: true, bodyLimit: 8192, codePrefix: 'KZ', seed: 'none',
    });
  });

  it('leaves unset variables to the defaults', () => {
    assert.deepEqual(optionsFromEnv({}), { trustProxy: false });
    assert.deepEqual(optionsFromEnv({ RATE_LIMIT_MAX: '100' }).rateLimit, { windowMs: 60_000, max: 100 });
    assert.equal(optionsFromEnv({ CORS_ORIGINS: 'localhost' }).corsOrigins, 'localhost');
  });

  it('serves source maps only with SERVE_SOURCE_MAPS=1', () => {
    assert.equal(optionsFromEnv({ SERVE_SOURCE_MAPS: '1' }).serveSourceMaps, true);
    assert.equal(optionsFromEnv({ SERVE_SOURCE_MAPS: '0' }).serveSourceMaps, false);
    assert.equal(optionsFromEnv({}).serveSourceMaps, undefined);
  });

  it('refuses values that make no sense', () => {
    assert.throws(() => optionsFromEnv({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => optionsFromEnv({ RETENTION_DAYS: '-1' }), /RETENTION_DAYS/);
    assert.throws(() => optionsFromEnv({ SEED: 'yes' }), /SEED/);
    assert.throws(() => optionsFromEnv({ CODE_PREFIX: 'zh-' }), /CODE_PREFIX/);
  });
});
