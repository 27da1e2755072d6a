// The system Chromium and the flags it needs on this closed network (without them it stalls on
// background connections). Shared by playwright.config.js and the perf scripts.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

module.exports = { CHROMIUM_ARGS, CHROMIUM_PATH };
