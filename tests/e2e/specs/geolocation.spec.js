// "Me localiser" anywhere in France, from the position alone (no catalogue download or parse), a
// position outside France said so, a browser that never answers given up on; the commune field
// with odd input (emoji, a 10 000-character paste, "93 100"), the arrondissements of Paris, Lyon
// and Marseille, a word inside a name and one typo. axe on every new state.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

const FIELD = 'Code postal ou nom de la commune';

/** The questionnaire with every question on one page. */
async function openQuiz(page) {
  await page.goto('/questionnaire');
  await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
  return page.getByRole('combobox', { name: FIELD });
}

/** Paths under /data/ the page requested, in order. */
function dataRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) seen.push(path.slice('/data/'.length));
  });
  return seen;
}

for (const [place, latitude, longitude, expected] of [
  ['Strasbourg', 48.5734, 7.7521, 'Strasbourg (67000)'],
  ['La Réunion', -20.8789, 55.4481, 'Saint-Denis (97400)'],
  ['Marseille 2e (Les Docks)', 43.3097, 5.368, 'Marseille 2e Arrondissement (13002)'],
]) {
  test.describe(`geolocation in ${place}`, () => {
    test.use({ geolocation: { latitude, longitude }, permissions: ['geolocation'] });
    test(`"Me localiser" proposes ${expected} without touching the catalogue`, async ({ page }) => {
      const requests = dataRequests(page);
      await openQuiz(page);
      await page.getByRole('button', { name: 'Me localiser' }).click();
      await expect(page.getByText(`Vous semblez être près de ${expected}. Est-ce bien ici ?`)).toBeVisible();
      // The communes index and a few department shards; no catalogue.
      expect(requests.filter((p) => p.startsWith('catalogue'))).toEqual([]);
      const shards = requests.filter((p) => /^communes\/[0-9AB]+\.json$/.test(p));
      expect(shards.length).toBeGreaterThan(0);
      expect(shards.length).toBeLessThanOrEqual(3);
      await page.getByRole('button', { name: "Oui, c'est ici" }).click();
      await expect(page.getByText(`Lieu choisi : ${expected}`)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('geolocation in the mid-Atlantic', () => {
  test.use({ geolocation: { latitude: 40, longitude: -40 }, permissions: ['geolocation'] });
  test('"Me localiser" says the position is outside France and loads no shard', async ({ page }) => {
    const requests = dataRequests(page);
    await openQuiz(page);
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await expect(page.getByText(/Votre position semble hors de France/)).toBeVisible();
    expect(requests.filter((p) => /^communes\/[0-9AB]+\.json$/.test(p))).toEqual([]);
    await expectNoAxeViolations(page);
  });
});

test.describe('a geolocation that never answers', () => {
  test('gives up after 20 seconds with the usual message', async ({ page }) => {
    // The browser keeps the request open forever (a prompt nobody answers).
    await page.addInitScript(() => {
      const never = () => {};
      Object.defineProperty(navigator, 'geolocation', {
        value: { getCurrentPosition: never, watchPosition: never, clearWatch: never },
      });
    });
    await page.clock.install();
    await openQuiz(page);
    await page.getByRole('button', { name: 'Me localiser' }).click();
    const pending = page.getByText('Recherche de votre position…');
    await expect(pending).toBeVisible();
    await page.clock.runFor(19_000);
    await expect(pending).toBeVisible();
    await page.clock.runFor(2_000);
    await expect(page.getByText("Votre position n'a pas pu être trouvée. Tapez plutôt votre code postal.")).toBeVisible();
    await expect(pending).toBeHidden();
  });
});

test('emoji or a 10 000-character paste finds no commune; "93 100" is the postcode 93100', async ({ page }) => {
  const field = await openQuiz(page);
  const status = page.locator('.location__status');
  const none = "Aucune commune trouvée. Vérifiez l'orthographe, ou tapez le code postal.";
  await field.fill('😀🏠');
  await expect(status).toHaveText(none);
  await expectNoAxeViolations(page);
  await field.fill('a'.repeat(10_000));
  await expect(status).toHaveText(none);
  await field.fill('93 100');
  await expect(page.getByRole('option', { name: 'Montreuil (93100) — Seine-Saint-Denis' })).toBeVisible();
});

test('13002, "Paris 20" and "Marseille 2e" land in the arrondissement', async ({ page }) => {
  const field = await openQuiz(page);
  const options = page.getByRole('option');
  await field.fill('13002');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText('Marseille 2e Arrondissement (13002) — Bouches-du-Rhône');
  await field.fill('75020');
  await expect(options.first()).toHaveText('Paris 20e Arrondissement (75020) — Paris');
  await field.fill('Paris 20');
  await expect(options.first()).toHaveText('Paris 20e Arrondissement (75020) — Paris');
  await field.fill('Marseille 2e');
  await expect(options.first()).toHaveText('Marseille 2e Arrondissement (13002) — Bouches-du-Rhône');
  await options.first().click();
  await expect(page.getByText('Lieu choisi : Marseille 2e Arrondissement (13002)')).toBeVisible();
});

test('"nancy" also finds Vandœuvre-lès-Nancy, and "aubervilier" finds Aubervilliers', async ({ page }) => {
  const field = await openQuiz(page);
  const options = page.getByRole('option');
  await field.fill('nancy');
  await expect(options.first()).toHaveText('Nancy (54000) — Meurthe-et-Moselle');
  await expect(page.getByRole('option', { name: 'Vandœuvre-lès-Nancy (54500) — Meurthe-et-Moselle' })).toBeVisible();
  await field.fill('aubervilier');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText('Aubervilliers (93300) — Seine-Saint-Denis');
  await expectNoAxeViolations(page);
});
