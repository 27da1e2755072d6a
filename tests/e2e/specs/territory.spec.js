// A guichet's territory (`territoire=dep:93`, issue 12): the location question suggests the
// territory's communes first (anyone can still type their own), and a Montreuil persona sees the
// Seine-Saint-Denis offer first, then remote courses, then "plus loin que Seine-Saint-Denis",
// with the territory in the heading. axe at zero on each state.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

const NEXT = 'Question suivante';
// Communes of Seine-Saint-Denis among the bundled catalogue's places.
const IN_93 = /Montreuil|Pantin|Saint-Denis|Saint-Ouen-sur-Seine/;

/** The quiz of a guichet, answered up to the place question. */
async function toPlaceQuestion(page, query) {
  await page.goto(`/questionnaire?${query}`);
  await page.getByLabel('Sans diplôme', { exact: true }).check();
  await page.getByRole('button', { name: NEXT }).click();
  await page.getByLabel('Jeune de 16 à 25 ans sans emploi ni formation', { exact: true }).check();
  await page.getByRole('button', { name: NEXT }).click();
  await page.getByLabel('Âge, en années').fill('19');
  await page.getByRole('button', { name: NEXT }).click();
  const place = page.getByRole('combobox', { name: 'Code postal ou nom de la commune' });
  for (let i = 0; i < 6 && !(await place.isVisible()); i += 1) {
    const title = await page.locator('.quiz__panel h2').first().textContent();
    const skip = page.getByRole('button', { name: 'Passer cette question' });
    await ((await skip.isVisible()) ? skip : page.getByRole('button', { name: NEXT })).click();
    await expect(page.locator('.quiz__panel h2').first()).not.toHaveText(title);
  }
  return place;
}

test('the place question of a Seine-Saint-Denis guichet suggests its communes first and still takes any commune', async ({ page }) => {
  const place = await toPlaceQuestion(page, 'territoire=dep:93');
  // Saint-Denis of La Réunion is the most populated of the name: the guichet's comes first.
  await place.fill('Saint-Denis');
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/^Saint-Denis \(93\d{3}\).*Seine-Saint-Denis/);
  await expect(page.getByRole('option', { name: /La Réunion/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // A person from elsewhere types their own commune.
  await place.fill('42000');
  await expect(page.getByRole('option', { name: /^Saint-Étienne \(42000\)/ })).toBeVisible();
});

test('without a territory the most populated Saint-Denis comes first', async ({ page }) => {
  const place = await toPlaceQuestion(page, 'lang=fr');
  await place.fill('Saint-Denis');
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/La Réunion/);
});

test('a Montreuil persona sees the Seine-Saint-Denis offer first and the territory in the heading', async ({ page }) => {
  const place = await toPlaceQuestion(page, 'territoire=dep:93');
  await place.fill('93100');
  await page.getByRole('option', { name: /^Montreuil \(93100\)/ }).click();
  await expect(page.locator('.location__chosen')).toContainText('Montreuil (93100)');
  await page.getByLabel('20 km', { exact: true }).check();
  for (let i = 0; i < 6 && !(await page.getByRole('button', { name: 'Voir les résultats' }).isVisible()); i += 1) {
    const title = await page.locator('.quiz__panel h2').first().textContent();
    const skip = page.getByRole('button', { name: 'Passer cette question' });
    await ((await skip.isVisible()) ? skip : page.getByRole('button', { name: NEXT })).click();
    await expect(page.locator('.quiz__panel h2').first()).not.toHaveText(title);
  }
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page).toHaveURL(/\/resultats/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Formations au numérique\s:\sle guichet de Seine-Saint-Denis/,
  );
  const groups = page.locator('h3.results__group');
  await expect(groups.first()).toHaveText(/^Sur le territoire\s:\sSeine-Saint-Denis$/);
  // Every card of the first group is in Seine-Saint-Denis; Paris comes under "plus loin".
  const first = page.locator('h3.results__group + ol.results__list').first();
  const cards = first.locator(':scope > li');
  await expect(cards.first()).toBeVisible();
  const n = await cards.count();
  for (let i = 0; i < n; i += 1) await expect(cards.nth(i)).toContainText(IN_93);
  const beyond = page.locator('h3.results__group', { hasText: /^Plus loin que Seine-Saint-Denis$/ });
  await expect(beyond).toHaveCount(1);
  await expect(page.locator('h3.results__group').last()).toHaveText(/^Plus loin que Seine-Saint-Denis$/);
  await expectNoAxeViolations(page);
});
