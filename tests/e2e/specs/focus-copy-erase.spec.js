// Issue 9 item 12 (part): after "Voir les résultats" or opening a course, focus is on the new
// page's h1 (focusable by script only, no outline); "Copier le lien" copies the link to keep and
// says so, with or without clipboard permission; "Effacer mes réponses" also clears the screen.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { openResults } = require('./answer');

test('focus moves to the h1 after "Voir les résultats" and after opening a course', async ({ page }) => {
  await openResults(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Formations pour vous');
  await expect(h1).toBeFocused();
  await expect(h1).toHaveAttribute('tabindex', '-1');
  expect(await h1.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await page.locator('.results__list .card a').first().click();
  await expect(page).toHaveURL(/\/formation\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);
  // Back to the results: the page heading again.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Formations pour vous' })).toBeFocused();
});

test('"Copier le lien" puts the link in the clipboard and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const results = await openResults(page);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.locator('.copy-link__status')).toHaveText('Lien copié.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(results);
  await expectNoAxeViolations(page);
});

test('without clipboard permission or API, the link is copied the old way or left selected, and said so', async ({ page }) => {
  const results = await openResults(page);
  // No Clipboard API at all (an insecure context, an old browser): the fallback path.
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.locator('.copy-link__status')).toHaveText(/^(Lien copié\.|Lien sélectionné)/);
  const selected = await page.evaluate(() => {
    const el = document.getElementById('share-link');
    return el.value.substring(el.selectionStart, el.selectionEnd);
  });
  expect(selected).toBe(results);
  await expectNoAxeViolations(page);
});

test('"Effacer mes réponses" clears the results on screen, the tab and the device', async ({ page }) => {
  await openResults(page);
  await page.getByRole('button', { name: 'Oui, garder mes réponses' }).click();
  await expect(page.locator('.consent [role=status]')).not.toBeEmpty();
  await page.getByRole('button', { name: /Effacer mes réponses/ }).click();
  await expect(page).toHaveURL(/\/resultats$/);
  await expect(page.locator('.results__list')).toHaveCount(0);
  await expect(page.locator('#share-link')).toHaveCount(0);
  await expect(page.locator('.shell-notice')).toContainText('Vos réponses ont été effacées');
  const kept = await page.evaluate(() => [Object.keys(localStorage).filter((k) => k !== 'aiguillage.lang'), sessionStorage.length]);
  expect(kept).toEqual([[], 0]);
  await expectNoAxeViolations(page);
  // The quiz starts again from nothing.
  await page.goto('/questionnaire?etape=recapitulatif');
  await expect(page.getByRole('button', { name: 'Voir les résultats' })).toBeDisabled();
});
