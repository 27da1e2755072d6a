// Issue 10 item 5: the boot never hangs on "Chargement d'Aiguillage…". If the JS glue or the boot
// script cannot be loaded (not only the WebAssembly), the page says what to do; if nothing moves
// for 20 s it says the loading seems stuck; without JavaScript, <noscript> says to enable it or
// to contact a Mission Locale, France Travail or Cap Emploi, and no loading message is shown.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

for (const [what, pattern] of [
  ['the JS glue', /\/aiguillage-[^/]*\.js$/],
  ['the boot script', /\/[^/]*boot\.js$/],
]) {
  test(`when ${what} cannot be loaded, the page says what to do`, async ({ page }) => {
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    const box = page.locator('#boot');
    await expect(box).toContainText("Aiguillage n'a pas pu se charger");
    await expect(box).toContainText('Mission Locale');
    await expect(box).toContainText('Aiguillage could not load');
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test('when the JS glue never arrives, after 20 s without progress the page says loading seems stuck', async ({ page }) => {
  await page.clock.install();
  await page.route(/\/aiguillage-[^/]*\.js$/, () => { /* never answered */ });
  await page.goto('/', { waitUntil: 'commit' });
  const box = page.locator('#boot');
  await expect(box).toContainText("Chargement d'Aiguillage");
  await page.clock.fastForward(15_000);
  await expect(box).toContainText("Chargement d'Aiguillage");
  await page.clock.fastForward(6_000);
  await expect(box).toContainText('semble bloqué');
  await expect(box).toContainText('seems stuck');
  await expectNoAxeViolations(page);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says to enable JavaScript or whom to contact, and shows no loading message', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/activez JavaScript dans votre navigateur, ou contactez une Mission Locale, France Travail ou Cap Emploi/)).toBeVisible();
    await expect(page.getByText(/enable JavaScript in your browser/)).toBeVisible();
    await expect(page.locator('#boot')).toBeHidden();
  });
});
