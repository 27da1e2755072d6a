// End-to-end tests against the release build, served by `cargo xtask test` (BASE_URL), in the
// system Chromium (CHROMIUM_PATH): Playwright never downloads a browser here.
const { defineConfig, devices } = require('@playwright/test');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = require('./chromium');

const baseURL = process.env.BASE_URL;
if (!baseURL) {
  throw new Error('BASE_URL is not set: run the end-to-end tests through `cargo xtask test`.');
}

const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

module.exports = defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  forbidOnly: true,
  reporter: 'list',
  use: { baseURL, headless: true, trace: 'off', locale: 'fr-FR' },
  projects: [
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
});
