// Aiguillage in a host's page on ANOTHER origin (http://hote.example/, answered by the test with
// HTML that pastes the one-line snippet of docs/embedding.md): the frame and its title, its
// height following the content both ways, messages from a third origin or malformed ones ignored,
// the host page scrolled to the frame's top on a page change, geolocation inside the frame, the
// host's own content and styles untouched, storage refused in the frame, a host's colour
// darkened to pass AA, the host's name and logo. axe (WCAG 2.1 A/AA) on every framed state,
// inside the frame included.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = require('../chromium');

// The test's host page has a public-looking origin while the app is served on the loopback
// address: Chromium's Local Network Access checks block that (never the case in production, where
// both are public sites), so they are off for this file only.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
  },
});

// https: geolocation needs a secure context, the frame's ancestors included.
const HOST = 'https://hote.example';
const THIRD = 'https://tiers.example';
const TITLE = 'Aiguillage\u00a0: trouver une formation au numérique près de chez vous';
const NEXT = 'Question suivante';
const FRAME = 'iframe[title^="Aiguillage"]';
// 1×1 transparent PNG, the host's logo.
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** The host page: its own content and styles around the snippet (`data-*` from `attrs`). */
function hostPage(attrs, { tall = false } = {}) {
  const snippet = `<script src="${process.env.BASE_URL.replace(/\/$/, '')}/embed.js" ${attrs} async></script>`;
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de Test</title>
<style>body{margin:0;font-family:Georgia,serif;background:#fafaf0;color:#222}h1{color:#7a1f1f}
.intro,footer{padding:1rem${tall ? ';min-height:1500px' : ''}}</style></head><body>
<header class="intro"><h1>Mairie de Test</h1><p id="host-text">Le guichet numérique de la commune.</p></header>
<main><h2>Trouver une formation</h2>
${snippet}
<iframe id="tiers" title="Publicité" src="${THIRD}/" style="width:10px;height:10px;border:0"></iframe>
</main><footer><p>Pied de page de la mairie</p></footer></body></html>`;
}

/** Answers the host page (and its third-party frame and logo) with `html`. */
async function serveHost(page, html) {
  await page.context().route(`${HOST}/**`, (r) =>
    r.request().url().endsWith('/logo.png')
      ? r.fulfill({ contentType: 'image/png', body: LOGO })
      : r.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.context().route(`${THIRD}/**`, (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html lang="fr"><title>Tiers</title><body></body></html>' }),
  );
}

/** Opens the host page; returns the app's frame (a Playwright `Frame`) once the app is drawn. */
async function openHost(page, attrs, options) {
  await serveHost(page, hostPage(attrs, options));
  await page.goto(`${HOST}/`);
  const iframe = page.locator(FRAME);
  await expect(iframe).toHaveCount(1);
  await expect(iframe).toHaveAttribute('title', TITLE);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await expect(frame.locator('main h1')).toBeVisible();
  return frame;
}

/** The frame's height in the host page, in px. */
function frameHeight(page) {
  return page.locator(FRAME).evaluate((f) => f.getBoundingClientRect().height);
}

/** Answers what results need inside the frame (it starts on the quiz: `depart=questionnaire`). */
async function answerToResults(frame) {
  await frame.getByLabel('Sans diplôme', { exact: true }).check();
  await frame.getByRole('button', { name: NEXT }).click();
  await frame.getByLabel('Jeune de 16 à 25 ans sans emploi ni formation', { exact: true }).check();
  await frame.getByRole('button', { name: NEXT }).click();
  await frame.getByLabel('Âge, en années').fill('19');
  await frame.getByRole('button', { name: NEXT }).click();
  const place = frame.getByRole('combobox', { name: 'Code postal ou nom de la commune' });
  for (let i = 0; i < 6 && !(await place.isVisible()); i += 1) {
    const title = await frame.locator('.quiz__panel h2').first().textContent();
    const skip = frame.getByRole('button', { name: 'Passer cette question' });
    await ((await skip.isVisible()) ? skip : frame.getByRole('button', { name: NEXT })).click();
    await expect(frame.locator('.quiz__panel h2').first()).not.toHaveText(title);
  }
  await place.fill('93100');
  await frame.getByRole('option', { name: /^Montreuil \(93100\)/ }).click();
  await frame.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(frame.locator('.results__count')).toContainText(/correspond/);
}

test('the snippet inserts one titled frame whose height follows the content both ways', async ({ page }) => {
  const frame = await openHost(page, 'data-depart="questionnaire"');
  // The frame is as tall as its page: no scroll bar inside it.
  const inner = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await inner()))).toBeLessThanOrEqual(1);
  const quiz = await frameHeight(page);
  await expectNoAxeViolations(page);

  await answerToResults(frame);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(quiz + 300);
  const results = await frameHeight(page);
  await expectNoAxeViolations(page);

  // Back to a short page (the home page, through the header): the frame shrinks back.
  await frame.locator('.site-header__brand').click();
  await expect(frame.locator('main h1')).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeLessThan(results - 300);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await inner()))).toBeLessThanOrEqual(1);
});

test('messages from a third origin, from the host itself or malformed do not change the height', async ({ page }) => {
  const frame = await openHost(page, 'data-depart="questionnaire"');
  const before = await frameHeight(page);
  // The test's own listener, added after embed.js's: once it has seen a message, so has embed.js.
  await page.evaluate(() => {
    window.seen = [];
    addEventListener('message', (e) => window.seen.push(e.data && e.data.height));
  });
  const third = page.frames().find((f) => f.url().startsWith(THIRD));
  await third.evaluate(() => parent.postMessage({ type: 'aiguillage:height', v: 1, height: 4321 }, '*'));
  await page.evaluate(() => window.postMessage({ type: 'aiguillage:height', v: 1, height: 4322 }, '*'));
  // From the app's own frame, but malformed: each one ignored.
  await frame.evaluate(() => {
    for (const m of [
      { type: 'aiguillage:height', v: 1, height: '4323' },
      { type: 'aiguillage:height', v: 1, height: 1e9 },
      { type: 'aiguillage:height', v: 1, height: NaN },
      { type: 'aiguillage:height', v: 2, height: 4324 },
      { type: 'aiguillage:hauteur', v: 1, height: 4325 },
      'aiguillage:height 4326',
      null,
      { type: 'fin', height: 'fin' },
    ]) parent.postMessage(m, '*');
  });
  await expect.poll(() => page.evaluate(() => [4321, 4322, 'fin'].every((h) => window.seen.includes(h)))).toBe(true);
  expect(await frameHeight(page)).toBe(before);
  // A well-formed one from the frame, sent last, is applied: the listener was listening.
  await frame.evaluate(() => parent.postMessage({ type: 'aiguillage:height', v: 1, height: 4327 }, '*'));
  await expect.poll(() => frameHeight(page)).toBe(4327);
  const seen = await page.evaluate(() => document.querySelector('iframe[title^="Aiguillage"]').style.height);
  expect(seen).toBe('4327px');
});

test('the host page keeps its own content and styles, and gains only the frame', async ({ page }) => {
  await openHost(page, 'data-depart="questionnaire"');
  const host = await page.evaluate(() => ({
    h1: getComputedStyle(document.querySelector('h1')).color,
    font: getComputedStyle(document.body).fontFamily,
    background: getComputedStyle(document.body).backgroundColor,
    text: document.getElementById('host-text').textContent,
    sheets: document.styleSheets.length,
    head: document.head.children.length,
    iframes: document.querySelectorAll('iframe').length,
    before: document.querySelector('iframe[title^="Aiguillage"]').previousElementSibling.tagName,
    after: document.querySelector('iframe[title^="Aiguillage"]').nextElementSibling.tagName,
    elements: document.body.querySelectorAll('*').length,
    style: document.documentElement.getAttribute('style') || document.body.getAttribute('style'),
  }));
  expect(host).toEqual({
    h1: 'rgb(122, 31, 31)',
    font: 'Georgia, serif',
    background: 'rgb(250, 250, 240)',
    text: 'Le guichet numérique de la commune.',
    sheets: 1,
    head: 3,
    iframes: 2,
    before: 'H2',
    after: 'SCRIPT',
    // header, h1, p, main, h2, the app's iframe, script, the third frame, footer, p.
    elements: 10,
    style: null,
  });
});

test('a page change inside the frame scrolls the host page to the frame\'s top', async ({ page }) => {
  const frame = await openHost(page, 'data-depart="questionnaire"', { tall: true });
  await answerToResults(frame);
  const last = frame.locator('.card__more a').last();
  await last.scrollIntoViewIfNeeded();
  const top = () => page.locator(FRAME).evaluate((f) => f.getBoundingClientRect().top);
  expect(await top()).toBeLessThan(-100);
  await last.click();
  await expect.poll(() => frame.url()).toMatch(/\/formation\//);
  // The frame's top (the host's name, the new page's heading) is in view again.
  await expect.poll(top).toBeGreaterThanOrEqual(-1);
  expect(await top()).toBeLessThan(await page.evaluate(() => innerHeight / 2));
  await expectNoAxeViolations(page);
  // A link that leaves Aiguillage opens in a new tab; the frame stays on the course page.
  const here = frame.url();
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    frame.getByRole('link', { name: "Page de l'organisme" }).click(),
  ]);
  expect(tab.url()).not.toBe(here);
  await tab.close();
  expect(frame.url()).toBe(here);
  // The app's own links still move inside the frame.
  await frame.locator('.site-header__brand').click();
  await expect.poll(() => new URL(frame.url()).pathname).toBe('/');
  expect(page.context().pages()).toHaveLength(1);
});

test('"Me localiser" works inside the frame when the host allows geolocation', async ({ page, context }) => {
  // Asked for by the frame; Chromium keys the permission to the top page's origin, so both are
  // granted (the frame also needs the host's `allow="geolocation"`).
  for (const origin of [HOST, new URL(process.env.BASE_URL).origin]) {
    await context.grantPermissions(['geolocation'], { origin });
  }
  await context.setGeolocation({ latitude: 48.5734, longitude: 7.7521 });
  const frame = await openHost(page, 'data-depart="questionnaire"');
  await frame.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
  await frame.getByRole('button', { name: 'Me localiser' }).click();
  await expect(frame.getByText('Vous semblez être près de Strasbourg (67000). Est-ce bien ici ?')).toBeVisible();
  await frame.getByRole('button', { name: "Oui, c'est ici" }).click();
  await expect(frame.getByText('Lieu choisi : Strasbourg (67000)')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('storage refused in the frame: the journey completes and keeping answers is not offered', async ({ page }) => {
  await page.addInitScript(() => {
    if (window.top === window) return;
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('Accès au stockage refusé', 'SecurityError');
        },
      });
    }
  });
  const frame = await openHost(page, 'data-depart="questionnaire"');
  // The simulation holds: reading storage throws in the frame.
  expect(await frame.evaluate(() => { try { return !localStorage; } catch (e) { return e.name; } })).toBe('SecurityError');
  await answerToResults(frame);
  await expect(frame.getByRole('heading', { name: /Garder vos réponses/ })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Oui, garder mes réponses' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Effacer mes réponses' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a host colour too light for white text is darkened until it passes AA', async ({ page }) => {
  const frame = await openHost(page, 'data-couleur="#ffff00" data-depart="questionnaire"');
  const primary = await frame.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim().toLowerCase(),
  );
  expect(primary).toMatch(/^#[0-9a-f]{6}$/);
  expect(primary).not.toBe('#ffff00');
  expect(primary).not.toBe('#1d3a8a');
  // The quiz: header, buttons, the chosen answer and the links in the theme's colour.
  await expectNoAxeViolations(page);
  await frame.getByLabel('Sans diplôme', { exact: true }).check();
  await expectNoAxeViolations(page);
});

test('the framed header shows the host\'s name and logo, the footer a full-page link keeping the answers', async ({ page }) => {
  const frame = await openHost(page, 'data-nom="Vandœuvre-lès-Nancy" data-logo="https://hote.example/logo.png" data-depart="questionnaire"');
  await expect(frame.locator('.site-header__brand')).toHaveText(/^Vandœuvre-lès-Nancy\s—\savec Aiguillage$/);
  await expect(frame.getByRole('img', { name: 'Vandœuvre-lès-Nancy' })).toHaveAttribute('src', 'https://hote.example/logo.png');
  await expect(frame.locator('.site-footer p')).toHaveCount(1);
  await answerToResults(frame);
  const full = frame.getByRole('link', { name: /ouvrir en plein écran/ });
  await expect(full).toHaveAttribute('target', '_blank');
  const href = await full.getAttribute('href');
  expect(href).toMatch(/^\/resultats\?.*#./);
  expect(href).not.toMatch(/cadre=/);
  expect(href.slice(href.indexOf('#'))).toBe(new URL(frame.url()).hash);
  await expectNoAxeViolations(page);
});
