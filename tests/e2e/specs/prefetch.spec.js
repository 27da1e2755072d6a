// The catalogue is fetched ahead once the person has given their place, so that on a slow
// connection "Voir les résultats" does not wait for the network; a failed fetch ahead is
// forgotten and the results fetch again; a person who asks to save data gets no fetch ahead.
const { test, expect } = require('@playwright/test');

const CATALOGUE = '**/data/catalogue.json';

/** The one-page quiz with diploma and situation answered, and Montreuil (93100) chosen. */
async function answerUpToPlace(page) {
  await page.goto('/questionnaire');
  await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
  await page.getByLabel('Sans diplôme', { exact: true }).check();
  await page.getByLabel('Jeune de 16 à 25 ans sans emploi ni formation').check();
  await page.getByLabel('Âge, en années').fill('19');
  await page.getByRole('combobox', { name: 'Code postal ou nom de la commune' }).fill('93100');
  await page.getByRole('option', { name: /^Montreuil \(93100\)/ }).click();
}

/** Counts the requests for the catalogue. */
function catalogueRequests(page) {
  const seen = { count: 0 };
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/data/catalogue.json') seen.count += 1;
  });
  return seen;
}

test('the catalogue is fetched as soon as the place is chosen, once, and the results use it', async ({ page }) => {
  const requests = catalogueRequests(page);
  await page.goto('/questionnaire');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  expect(requests.count).toBe(0);
  const fetched = page.waitForResponse(CATALOGUE);
  await answerUpToPlace(page);
  await fetched;
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  expect(requests.count).toBe(1);
});

test('a failed fetch ahead is forgotten: the results fetch again and show', async ({ page }) => {
  let aborted = false;
  await page.route(CATALOGUE, (route) => {
    if (!aborted) {
      aborted = true;
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  const requests = catalogueRequests(page);
  await answerUpToPlace(page);
  await expect.poll(() => aborted).toBe(true);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  expect(requests.count).toBe(2);
});

test('no fetch ahead when the browser asks to save data', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
  });
  const requests = catalogueRequests(page);
  await answerUpToPlace(page);
  await expect(page.getByText('Lieu choisi : Montreuil (93100)')).toBeVisible();
  // Give a fetch ahead every chance to start, then check none did.
  await page.waitForLoadState('networkidle');
  expect(requests.count).toBe(0);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  expect(requests.count).toBe(1);
});
