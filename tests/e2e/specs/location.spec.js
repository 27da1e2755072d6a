// The location field: a commune name is searched anywhere in France without choosing a department
// first, downloading only the name manifest and one or two small name shards; accents and
// "st"/"saint" are tolerated; homonyms say their department; the list is an accessible combobox
// (keyboard, announced count, axe); a failed download says so, offers a retry, and the postcode
// still works.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { chooseLang } = require('./lang');

const FIELD = 'Code postal ou nom de la commune';

/** The questionnaire with every question on one page. */
async function openQuiz(page) {
  await page.goto('/questionnaire');
  await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
  return page.getByRole('combobox', { name: FIELD });
}

/** Paths under /data/communes/ the page requested, in order. */
function communesRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/communes/')) seen.push(path.slice('/data/communes/'.length));
  });
  return seen;
}

test('"vandoeuvre" finds Vandœuvre-lès-Nancy without a department, from one name shard, and leads to results', async ({ page }) => {
  const requests = communesRequests(page);
  const field = await openQuiz(page);
  await expect(page.locator('select')).toHaveCount(0);
  await page.getByLabel('Bac+2', { exact: true }).check();
  await page.getByLabel('Salarié·e en reconversion').check();
  await page.getByLabel('Âge, en années').fill('29');

  await field.fill('vandoeuvre');
  const option = page.getByRole('option', { name: 'Vandœuvre-lès-Nancy (54500) — Meurthe-et-Moselle' });
  await expect(option).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.location__status')).toHaveText(/^1 commune trouvée/);
  // The name manifest and one name shard; no department shard, no postcode index.
  expect(requests.filter((p) => !p.startsWith('noms/'))).toEqual([]);
  expect(requests).toContain('noms/index.json');
  expect(requests.filter((p) => p !== 'noms/index.json').length).toBeLessThanOrEqual(2);

  await option.click();
  await expect(page.getByText('Lieu choisi : Vandœuvre-lès-Nancy (54500)')).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveValue('Vandœuvre-lès-Nancy (54500)');
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page).toHaveURL(/\/resultats#3/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations pour vous');
  await expect(page.locator('.results__count')).toContainText(/correspond/);
});

test('"st etienne" and "Saint-Étienne" find Saint-Étienne (42) first; homonyms show their department', async ({ page }) => {
  const field = await openQuiz(page);
  const options = page.getByRole('option');
  for (const typed of ['st etienne', 'SAINT-ÉTIENNE', 'saint etienne']) {
    await field.fill(typed);
    await expect(options.first()).toHaveText('Saint-Étienne (42000) — Loire');
  }
  await expect(options.filter({ hasText: 'Saint-Étienne-du-Rouvray' })).toHaveCount(1);

  await field.fill('saint denis');
  await expect(options.filter({ hasText: /^Saint-Denis \(/ })).not.toHaveCount(0);
  await expect(page.getByRole('option', { name: 'Saint-Denis (93200) — Seine-Saint-Denis' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Saint-Denis (97400) — La Réunion' })).toBeVisible();
  // A department after the name narrows the homonyms (L'Île-Saint-Denis has the name inside).
  await field.fill('saint denis 93');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toHaveText('Saint-Denis (93200) — Seine-Saint-Denis');
  await expect(options.nth(1)).toHaveText("L'Île-Saint-Denis (93450) — Seine-Saint-Denis");

  await field.fill('marseille');
  await expect(options.first()).toHaveText('Marseille (13001) — Bouches-du-Rhône');
  // Too few letters for a common start: asks for more instead of downloading half of France.
  await field.fill('ma');
  await expect(page.locator('.location__status')).toHaveText('Tapez quelques lettres de plus du nom de la commune.');
  await expect(options).toHaveCount(0);
});

test('keyboard only: arrows move through the suggestions, Escape closes, Enter chooses', async ({ page }) => {
  const field = await openQuiz(page);
  await field.focus();
  await page.keyboard.type('saint denis');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveText('Saint-Denis (97400) — La Réunion');
  const count = await options.count();
  await expect(page.locator('.location__status')).toHaveText(`${count} communes trouvées : flèches haut et bas pour parcourir, Entrée pour choisir.`);
  await expect(field).not.toHaveAttribute('aria-activedescendant', /.+/);

  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', 'q-location-opt-0');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', 'q-location-opt-1');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toHaveAttribute('aria-activedescendant', `q-location-opt-${count - 1}`);

  // Escape closes the list and keeps the text; a second Escape clears it.
  await page.keyboard.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(field).toHaveValue('saint denis');
  await expect(field).toBeFocused();

  // Down reopens on the first; the second is Saint-Denis (93).
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveText('Saint-Denis (93200) — Seine-Saint-Denis');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Lieu choisi : Saint-Denis (93200)')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
});

test('a failed name shard says so with a retry, and the postcode still works', async ({ page }) => {
  let failing = true;
  await page.route(/\/data\/communes\/noms\/(?!index\.json)[^/]+\.json$/, (route) =>
    failing ? route.abort('internetdisconnected') : route.continue());
  const field = await openQuiz(page);
  await field.fill('vandoeuvre');
  await expect(page.locator('.location__status')).toHaveText(
    "Les communes n'ont pas pu être chargées (connexion ?). Réessayez, ou tapez votre code postal.");
  await expect(page.getByRole('option')).toHaveCount(0);
  const retry = page.getByRole('button', { name: 'Réessayer' });
  await expect(retry).toBeVisible();
  await expectNoAxeViolations(page);

  // The postcode uses other files: it works.
  await field.fill('54500');
  const option = page.getByRole('option', { name: 'Vandœuvre-lès-Nancy (54500) — Meurthe-et-Moselle' });
  await expect(option).toBeVisible();
  await expect(retry).toBeHidden();
  await option.click();
  await expect(page.getByText('Lieu choisi : Vandœuvre-lès-Nancy (54500)')).toBeVisible();

  // Back on the name, the connection back: "Réessayer" loads it.
  await field.fill('st etienne');
  await expect(retry).toBeVisible();
  failing = false;
  await retry.click();
  await expect(page.getByRole('option').first()).toHaveText('Saint-Étienne (42000) — Loire');
  await expect(field).toBeFocused();
});

test('a damaged name shard is reported as such', async ({ page }) => {
  await page.route(/\/data\/communes\/noms\/(?!index\.json)[^/]+\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"v":1,"key":"v","communes":[["oops"]]}' }));
  const field = await openQuiz(page);
  await field.fill('vandoeuvre');
  await expect(page.locator('.location__status')).toHaveText(
    'Le fichier des communes est illisible. Réessayez plus tard, ou tapez votre code postal.');
});

test('axe: no violation with the suggestion list open, an option active, in French and English', async ({ page }) => {
  const field = await openQuiz(page);
  await field.fill('st etienne');
  await expect(page.getByRole('option').first()).toBeVisible();
  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', 'q-location-opt-0');
  await expectNoAxeViolations(page);

  await chooseLang(page, 'English');
  const en = page.getByRole('combobox', { name: 'Postcode or town name' });
  await en.fill('vandoeuvre');
  await expect(page.getByRole('option', { name: 'Vandœuvre-lès-Nancy (54500) — Meurthe-et-Moselle' })).toBeVisible();
  await expect(page.locator('.location__status')).toHaveText('1 town found: down arrow then Enter to choose it.');
  await expectNoAxeViolations(page);
});
