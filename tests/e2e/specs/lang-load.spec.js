// The strings of languages other than French are not in the wasm: they are fetched from
// data/i18n/<code>.json when the language is chosen or asked for (src/i18n/load.rs). At start the
// loading screen waits for them (no French page flashes by); a switch mid-quiz waits for them and
// keeps the answers; when they cannot be read the page stays in French, says so, and offers to
// try again.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { chooseLang } = require('./lang');

const HOME_TITLE_FR = 'Trouvez une formation au numérique près de chez vous';
const HOME_TITLE_EN = 'Find a digital-skills training near you';
const EN_FILE = '**/data/i18n/en.json';

/** Counts the requests for the English strings. */
function countRequests(page, glob = /\/data\/i18n\/en\.json$/) {
  const seen = [];
  page.on('request', (r) => { if (glob.test(new URL(r.url()).pathname)) seen.push(r.url()); });
  return seen;
}

test('?lang=en opens in English with one request for en.json, and no French page before it', async ({ page }) => {
  const requests = countRequests(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(EN_FILE, async (route) => { await held; await route.continue(); });
  await page.goto('/?lang=en');
  // While the strings travel, the loading screen stays and no French heading is on the page.
  await expect(page.locator('#boot')).toBeVisible();
  await expect.poll(() => requests.length).toBe(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_EN);
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
  expect(requests).toHaveLength(1);
});

test('a French visit does not fetch any language file', async ({ page }) => {
  const requests = countRequests(page, /\/data\/i18n\//);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR);
  expect(requests).toHaveLength(0);
});

test('switching to English mid-quiz waits for the strings, says so, and keeps the answers', async ({ page }) => {
  await page.goto('/questionnaire');
  await page.getByLabel('Bac général ou technologique', { exact: true }).check();
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect(page).toHaveURL(/\?etape=situation$/);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(EN_FILE, async (route) => { await held; await route.continue(); });
  await chooseLang(page, 'English');
  // Busy: the page is still in French, and says the English version is on its way.
  const notice = page.locator('.lang-notice');
  await expect(notice).toHaveAttribute('aria-busy', 'true');
  await expect(notice).toContainText('Chargement de la version English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Questionnaire d'orientation");
  await expectNoAxeViolations(page);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orientation questionnaire');
  await expect(notice).toHaveAttribute('aria-busy', 'false');
  await expect(notice.locator('p')).toBeHidden();
  // The answer given in French is still there.
  await page.goBack();
  await expect(page).toHaveURL(/\?etape=diplome$/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('en.json failing at start: French, a notice in French, and the retry works', async ({ page }) => {
  let fail = true;
  await page.route(EN_FILE, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const notice = page.locator('.lang-notice');
  await expect(notice).toContainText("La version English n'a pas pu être chargée");
  await expect(notice).toContainText('la page reste en français');
  await expect(page.locator('#boot')).toHaveCount(0);
  await expectNoAxeViolations(page);
  fail = false;
  await notice.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_EN);
  await expect(notice.locator('p')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a tampered en.json is refused: the page stays in French and says so', async ({ page }) => {
  await page.route(EN_FILE, async (route) => {
    const response = await route.fetch();
    const strings = JSON.parse(await response.text());
    strings.reverse();
    await route.fulfill({ response, body: JSON.stringify(strings) });
  });
  await page.goto('/');
  await chooseLang(page, 'English');
  await expect(page.locator('.lang-notice')).toContainText("La version English n'a pas pu être chargée");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR);
  await expectNoAxeViolations(page);
});

test('en.json that never answers: after a short wait the app starts in French and says so', async ({ page }) => {
  await page.route(EN_FILE, () => { /* never answered */ });
  await page.goto('/?lang=en');
  await expect(page.locator('#boot')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR, { timeout: 15_000 });
  await expect(page.locator('.lang-notice')).toContainText("La version English n'a pas pu être chargée");
});
