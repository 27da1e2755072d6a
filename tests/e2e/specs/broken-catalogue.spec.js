// A catalogue that arrives but cannot be read as a whole (an HTML captive-portal page served
// with 200, non-JSON, a truncated body, wrong schema version, an array that is not a list,
// Latin-1 bytes, over the size limit) is a load error with its own message and a working retry:
// never "Aucune formation ne correspond", and the course pages never say "Page introuvable".
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

// Each case answers the quiz, then retries: under load (2 cores shared) 30 s is short.
test.describe.configure({ timeout: 60_000 });

const CATALOGUE = '**/data/catalogue.json';
const MALFORMED = "Le catalogue des formations est arrivé abîmé ou incomplet";
const bundled = fs.readFileSync(path.join(__dirname, '../../../public/data/catalogue.json'));
const courseId = JSON.parse(bundled.toString('utf8')).courses[0].id;
const text = bundled.toString('utf8');

/** Every kind of broken body, as served with status 200. */
const BROKEN = {
  'an HTML captive-portal page': { contentType: 'text/html', body: '<!DOCTYPE html><html><head><title>Wi-Fi</title></head><body>Connectez-vous</body></html>' },
  'non-JSON text': { contentType: 'text/plain', body: 'Bad Gateway' },
  'a truncated body': { contentType: 'application/json', body: text.slice(0, Math.floor(text.length / 2)) },
  'a wrong schema version': { contentType: 'application/json', body: text.replace('"schema_version":1', '"schema_version":2') },
  'a wrong-typed array': { contentType: 'application/json', body: JSON.stringify({ ...JSON.parse(text), courses: 'pas une liste' }) },
  'Latin-1 bytes': { contentType: 'application/json', body: Buffer.from('{"schema_version":1,"name":"D\xe9veloppeur"}', 'latin1') },
};

/** Serves `broken` for the catalogue until `healed.now` is set, then the real file. */
async function serveBroken(page, broken) {
  const healed = { now: false };
  await page.route(CATALOGUE, (route) => (healed.now
    ? route.continue()
    : route.fulfill({ status: 200, contentType: broken.contentType, body: broken.body })));
  return healed;
}

/** The one-page quiz answered up to the place, then "Voir les résultats". */
async function showResults(page) {
  await page.goto('/questionnaire');
  await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
  await page.getByLabel('Sans diplôme', { exact: true }).check();
  await page.getByLabel('Jeune de 16 à 25 ans sans emploi ni formation').check();
  await page.getByRole('combobox', { name: 'Code postal ou nom de la commune' }).fill('93100');
  await page.getByRole('option', { name: /^Montreuil \(93100\)/ }).click();
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
}

for (const [kind, broken] of Object.entries(BROKEN)) {
  // The error state is the same page for every kind: axe checks it once.
  const checkAxe = kind === 'an HTML captive-portal page';
  test(`${kind} is a load error with a retry on the results, not "no training fits"`, async ({ page }) => {
    const healed = await serveBroken(page, broken);
    await showResults(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(MALFORMED);
    await expect(page.getByText('Aucune formation ne correspond')).toHaveCount(0);
    if (checkAxe) await expectNoAxeViolations(page);
    healed.now = true;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.locator('.results__count')).toContainText(/correspond/);
    await expect(page.getByText(MALFORMED)).toHaveCount(0);
  });
}

test('a catalogue over the 32 MiB size limit is a load error', async ({ page }) => {
  const tooLarge = Buffer.alloc(32 * 1024 * 1024 + 1, 0x20);
  await page.route(CATALOGUE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: tooLarge }));
  await showResults(page);
  await expect(page.getByRole('alert')).toContainText(MALFORMED);
});

test('a course page with a broken catalogue says so with a retry, not "Page introuvable"', async ({ page }) => {
  const healed = await serveBroken(page, BROKEN['an HTML captive-portal page']);
  await page.goto(`/formation/${encodeURIComponent(courseId)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(MALFORMED);
  await expect(page.getByText('Page introuvable')).toHaveCount(0);
  await expectNoAxeViolations(page);
  healed.now = true;
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(MALFORMED);
  await expect(page.getByText('Page introuvable')).toHaveCount(0);
});
