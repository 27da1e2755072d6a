// Issue 13, item 2: catalogues fetched from a territory's own feed. A link may name a feed only
// through the operator's `sources.json` (or a path of this site); the feed's records come beside
// the bundled ones (or instead, `catalogue-mode=remplacer`), each card saying whose data it is; a
// feed that fails (HTTP error, CORS refused, not a catalogue, unknown name) never blanks the page:
// one sentence, and the rest of the offer.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { openResults } = require('./answer');

test.describe.configure({ timeout: 90_000 });

const FEED_HOST = 'https://donnees.ville-exemple.test';

/** A feed with one course in Montreuil (INSEE 93048), so that the Montreuil persona sees it. */
const FEED = {
  schema_version: 1,
  publisher: 'Ville exemple',
  generated_on: '2026-11-03',
  providers: [{ id: 'asso', name: 'Association exemple du numérique' }],
  places: [{
    id: 'site', provider: 'asso', name: 'Tiers-lieu exemple',
    address: { street: '1 rue de l’Exemple', postcode: '93100', city: 'Montreuil', insee_code: '93048' },
    latitude: 48.8638, longitude: 2.4485, coordinates_precision: 'commune',
  }],
  courses: [{
    id: 'dev-web', provider: 'asso', title: 'Atelier exemple de développement web',
    domains: ['developpement-web-mobile'], modality: 'presentiel', funding: { kind: 'gratuit' },
    source_url: 'https://donnees.ville-exemple.test/formations/dev-web', verified_on: '2026-11-03',
  }],
  sessions: [{ id: 's1', course: 'dev-web', place: 'site', intake: 'a-confirmer' }],
};

const SOURCES = {
  sources: [
    { nom: 'ville', libelle: 'Ville exemple (flux de test)', url: `${FEED_HOST}/ville.json` },
    { nom: 'panne', libelle: 'Ville en panne', url: `${FEED_HOST}/absent.json` },
    { nom: 'fermee', libelle: 'Ville sans CORS', url: `${FEED_HOST}/sans-cors.json` },
  ],
};

/** Serves `sources.json` and the feed host; returns the list of feed requests seen. */
async function serveFeeds(page) {
  const seen = [];
  await page.route((url) => url.pathname === '/sources.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(SOURCES),
  }));
  await page.route(`${FEED_HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    seen.push(path);
    if (path === '/ville.json') {
      return route.fulfill({
        status: 200, contentType: 'application/json', body: JSON.stringify(FEED),
        headers: { 'Access-Control-Allow-Origin': '*' },
      });
    }
    if (path === '/sans-cors.json') {
      // A host that did not add `Access-Control-Allow-Origin`: the browser refuses the body to
      // the page, and `fetch` rejects exactly as when the network fails. Playwright does not apply
      // CORS to the responses it fulfils (measured: such a body reached the page), so the refusal
      // is played as the rejection the page sees.
      return route.abort('accessdenied');
    }
    return route.fulfill({ status: 404, body: 'Not found', headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  return seen;
}

const CARD = '.results__list .card';
const FEED_CARD = `${CARD}:has-text("Atelier exemple de développement web")`;

test('a named feed comes beside the bundled offer and its cards say whose data they are', async ({ page }) => {
  await serveFeeds(page);
  const hash = new URL(await openResults(page)).hash;
  const bundledCount = await page.locator(CARD).count();
  await page.goto(`/resultats?catalogue=ville${hash}`);
  await expect(page.locator(FEED_CARD)).toBeVisible();
  await expect(page.locator(FEED_CARD).locator('.card__source'))
    .toHaveText(/^Source\s:\sVille exemple \(flux de test\), données du 3 novembre 2026$/);
  // The bundled cards are still there, and say theirs.
  expect(await page.locator(CARD).count()).toBeGreaterThan(bundledCount > 1 ? 1 : 0);
  await expect(page.locator(`${CARD} .card__source`).filter({ hasText: 'Aiguillage' }).first()).toBeVisible();
  await expect(page.locator('.feed-notice')).toHaveText('');
  // The course page of a feed's course opens (its id is qualified by the feed's name).
  await page.locator(FEED_CARD).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier exemple de développement web');
  await expectNoAxeViolations(page);
});

test('remplacer shows the feed alone', async ({ page }) => {
  await serveFeeds(page);
  const hash = new URL(await openResults(page)).hash;
  await page.goto(`/resultats?catalogue=ville&catalogue-mode=remplacer${hash}`);
  await expect(page.locator(FEED_CARD)).toBeVisible();
  await expect(page.locator(`${CARD} .card__source`)).toHaveText([/Ville exemple/]);
});

for (const [name, label] of [['panne', 'Ville en panne'], ['fermee', 'Ville sans CORS']]) {
  test(`a feed that cannot be loaded (${name}) is said in one sentence and the rest is shown`, async ({ page }) => {
    const seen = await serveFeeds(page);
    const hash = new URL(await openResults(page)).hash;
    await page.goto(`/resultats?catalogue=${name}${hash}`);
    await expect(page.locator('.feed-notice')).toHaveText(
      `Le catalogue «\u00a0${label}\u00a0» n'a pas pu être chargé\u00a0; voici les autres formations que nous connaissons.`,
    );
    await expect(page.locator(CARD).first()).toBeVisible();
    await expect(page.locator(FEED_CARD)).toHaveCount(0);
    expect(seen.length).toBeGreaterThan(0);
    if (name === 'panne') await expectNoAxeViolations(page);
  });
}

test('a name the operator did not list loads nothing from anywhere and says so', async ({ page }) => {
  const seen = await serveFeeds(page);
  const hash = new URL(await openResults(page)).hash;
  await page.goto(`/resultats?catalogue=inconnue${hash}`);
  await expect(page.locator('.feed-notice')).toContainText('«\u00a0inconnue\u00a0» n\'est pas proposé par ce site');
  await expect(page.locator(CARD).first()).toBeVisible();
  expect(seen).toEqual([]);
});

test('without sources.json every name is unknown, and the bundled offer is shown', async ({ page }) => {
  await page.route((url) => url.pathname === '/sources.json', (route) => route.fulfill({ status: 404, body: '' }));
  const hash = new URL(await openResults(page)).hash;
  await page.goto(`/resultats?catalogue=ville${hash}`);
  await expect(page.locator('.feed-notice')).toContainText('n\'est pas proposé par ce site');
  await expect(page.locator(CARD).first()).toBeVisible();
});
