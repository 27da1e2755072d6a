// Before the app starts, index.html says it is loading (with the download's progress), so a slow
// connection never shows a blank page; once the app runs that message is gone; if the
// WebAssembly cannot be downloaded, the page says what to do instead of staying blank.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

test('the loading message is shown while the app downloads, then removed', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/', { waitUntil: 'commit' });
  const status = page.getByRole('status').filter({ hasText: "Chargement d'Aiguillage" });
  await expect(status).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Chargement / Loading' })).toBeVisible();
  await expectNoAxeViolations(page);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
});

test('a failed download says what to do instead of a blank page', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const box = page.locator('#boot');
  await expect(box).toContainText("Aiguillage n'a pas pu se charger");
  await expect(box).toContainText('Rechargez la page pour réessayer');
  await expect(box).toContainText('Aiguillage could not load');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
