// Performance of the journey's last step (issue 5, item 7), reported, never asserted:
// time from the click on "Voir les résultats" to the first result card painted, on the bundled
// catalogue and on a generated 100 000-session catalogue, in headless Chromium with 4× CPU
// throttling (CDP Emulation.setCPUThrottlingRate).
//
// Run by `cargo xtask bench-ui [--runs N]`, which builds the release, writes the generated
// catalogue to dist/bench/catalogue-100k.json and sets BASE_URL and CHROMIUM_PATH.
//
// Method, for each catalogue and run (a fresh browser context each time, nothing cached):
//  1. (once) answer the quiz by clicks for a fixed persona (Montreuil, 19, no diploma, web
//     development, 20 km) to get its profile fragment; then, for each run, open
//     /questionnaire?catalogue=…#<profile>, which reopens the quiz at its last step (the summary);
//  2. throttle the CPU 4×, install in the page a click listener (capture phase) that keeps the
//     click event's timeStamp, and a MutationObserver that, when the first `.card` (or, if there
//     are no results, `.results__count`) enters the DOM, notes performance.now() and then waits
//     for the next frame: requestAnimationFrame runs just before the paint, and a MessageChannel
//     message posted from it runs just after, so its performance.now() is "painted";
//  3. click "Voir les résultats" (cold: the app fetches and parses the catalogue after this
//     click: the quiz never needs it); the catalogue's fetch is read from Resource Timing;
//  4. go back to the summary and click again (warm: the catalogue is already in memory, so this
//     is matching + ranking + rendering alone). cold − warm ≈ fetch + parse + validation.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const { baseUrl, launch, MONTREUIL, answerToSummary } = require('./common');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const RUNS = Number(option('--runs', '7'));
const RATE = Number(option('--throttle', '4'));
const CATALOGUES = [
  { name: 'bundled', path: null },
  { name: 'generated 100k sessions', path: option('--big', '/bench/catalogue-100k.json') },
];

/** Installs the probes; resolves (in the page) to the timings of the next results paint. */
async function arm(page) {
  await page.evaluate(() => {
    window.__perf = new Promise((resolve) => {
      let clicked = null;
      document.addEventListener('click', (e) => {
        if (clicked === null && e.target.closest('button')?.textContent.includes('Voir les résultats')) {
          clicked = e.timeStamp;
        }
      }, { capture: true });
      const seen = () => document.querySelector('.card') || document.querySelector('.results__count');
      const observer = new MutationObserver(() => {
        const el = seen();
        if (!el || clicked === null) return;
        observer.disconnect();
        const inDom = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const catalogue = performance.getEntriesByType('resource')
              .filter((r) => r.name.includes('catalogue') && r.name.endsWith('.json'))
              .filter((r) => r.startTime >= clicked - 1)
              .pop();
            resolve({
              clicked,
              inDom: inDom - clicked,
              painted: performance.now() - clicked,
              url: catalogue ? new URL(catalogue.name).pathname : null,
              fetchEnd: catalogue ? catalogue.responseEnd - clicked : null,
              transfer: catalogue ? catalogue.transferSize || catalogue.encodedBodySize : null,
              notice: [...document.querySelectorAll('main .notice')].map((n) => n.textContent.trim()).join(' | '),
              cards: document.querySelectorAll('.card').length,
              count: document.querySelector('.results__count')?.textContent.trim() ?? '',
              card: el.classList.contains('card'),
            });
          };
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
}

async function clickAndMeasure(page) {
  await arm(page);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  return page.evaluate(() => window.__perf);
}

/** Answers the quiz once, by clicks, and returns the profile's fragment (`#2…`). */
async function profileFragment(browser) {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await answerToSummary(page, MONTREUIL);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await page.waitForURL(/\/resultats#2/);
  const { hash } = new URL(page.url());
  await context.close();
  return hash;
}

async function one(browser, catalogue, fragment) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const query = catalogue.path ? `?catalogue=${encodeURIComponent(catalogue.path)}` : '';
  // The quiz opened at its last step from the profile (a fresh page: nothing loaded yet).
  await page.goto(`${baseUrl()}/questionnaire${query}${fragment}`);
  await page.getByRole('heading', { name: 'Vos réponses' }).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const cold = await clickAndMeasure(page);
  await page.goBack();
  await page.getByRole('heading', { name: 'Vos réponses' }).waitFor();
  const warm = await clickAndMeasure(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { cold, warm };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
};
const fmt = ({ median, min, max }) => `${median.toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)})`;

function machine(browserVersion) {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0]?.model;
  let nproc = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  try { nproc = execSync('nproc').toString().trim(); } catch { /* keep Node's count */ }
  return `${new Date().toISOString().slice(0, 10)}; nproc ${nproc}; CPU ${cpu}; Chromium ${browserVersion}; ` +
    `Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)}; CPU throttling ${RATE}×; ${RUNS} run(s) per catalogue`;
}

(async () => {
  baseUrl();
  const browser = await launch();
  console.log(`machine: ${machine(browser.version())}`);
  const fragment = await profileFragment(browser);
  console.log(`persona: Montreuil (93100), 19, no diploma, web development, 20 km; profile ${fragment}`);
  for (const catalogue of CATALOGUES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const r = await one(browser, catalogue, fragment);
      runs.push(r);
      console.log(`  ${catalogue.name} run ${i + 1}: cold painted ${r.cold.painted.toFixed(0)} ms ` +
        `(catalogue fetched at ${r.cold.fetchEnd?.toFixed(0) ?? '?'} ms), warm painted ${r.warm.painted.toFixed(0)} ms; ` +
        `${r.cold.url} (${r.cold.transfer} B); ${r.cold.cards} cards; «${r.cold.count}»`);
      if (i === 0 && r.cold.notice) console.log(`  notice: ${r.cold.notice}`);
      if (!r.cold.card) console.log('  (no result card: timed to the results count instead)');
    }
    const coldPaint = stats(runs.map((r) => r.cold.painted));
    const warmPaint = stats(runs.map((r) => r.warm.painted));
    const fetched = runs.map((r) => r.cold.fetchEnd).filter((x) => x !== null);
    const after = runs.filter((r) => r.cold.fetchEnd !== null).map((r) => r.cold.painted - r.cold.fetchEnd);
    console.log(`RESULT ${catalogue.name}: click → first result card painted, catalogue not yet loaded: ${fmt(coldPaint)}`);
    if (fetched.length) {
      console.log(`RESULT ${catalogue.name}:   of which click → catalogue fetched: ${fmt(stats(fetched))}; ` +
        `fetched → painted (parse + validation + matching + render): ${fmt(stats(after))}`);
    }
    console.log(`RESULT ${catalogue.name}: click → first result card painted, catalogue in memory (matching + render): ${fmt(warmPaint)}`);
  }
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine adds noise)`);
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
