import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * The e2e suite runs against the production build, in the Chromium that the system provides
 * (never a downloaded one): CHROMIUM_PATH, else /usr/bin/chromium.
 *
 * Two servers, each on a throwaway database: readers' specs run against the 二砂 case exactly as
 * seeded, so what they read never depends on a write another spec made in parallel; the staff
 * specs (accounts, workspace, write API) run against their own copy, which they change.
 */
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const readerPort = Number(process.env.E2E_PORT ?? 3100);
const staffPort = readerPort + 1;

// Workers load this file again, inheriting the environment: they reuse the runner's paths.
function throwawayDatabase(variable: string): string {
  process.env[variable] ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-e2e-')), 'heritage.db');
  return process.env[variable] as string;
}
const readerDatabase = throwawayDatabase('E2E_READER_DATABASE_PATH');
/** Specs that create accounts with the CLI read this: the staff server's database. */
const staffDatabase = throwawayDatabase('E2E_DATABASE_PATH');

const STAFF_SPECS = /(security-.*|auth|manage.*|review.*|inspection.*|api-authorization|api-writes|documents)\.spec\.ts$/;
/** Only the workspace's screens need a phone; accounts and the API do not. */
const STAFF_SCREEN_SPECS = /(manage|review).*\.spec\.ts$/;
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };
const phone = { ...devices['Pixel 7'], viewport: { width: 375, height: 800 } };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: STAFF_SPECS, use: { ...desktop, baseURL: `http://127.0.0.1:${readerPort}` } },
    { name: 'phone', testIgnore: STAFF_SPECS, use: { ...phone, baseURL: `http://127.0.0.1:${readerPort}` } },
    { name: 'staff-desktop', testMatch: STAFF_SPECS, use: { ...desktop, baseURL: `http://127.0.0.1:${staffPort}` } },
    { name: 'staff-phone', testMatch: STAFF_SCREEN_SPECS, use: { ...phone, baseURL: `http://127.0.0.1:${staffPort}` } },
  ],
  // `npm start` builds when needed (one at a time), migrates and seeds its database, then serves.
  webServer: [
    { port: readerPort, database: readerDatabase },
    { port: staffPort, database: staffDatabase },
  ].map(({ port, database }) => ({
    command: 'npm start',
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    // One public address for both servers: they share one build, whose prerendered pages carry it.
    env: { PORT: String(port), DATABASE_PATH: database, PUBLIC_BASE_URL: `http://127.0.0.1:${readerPort}` },
  })),
});
