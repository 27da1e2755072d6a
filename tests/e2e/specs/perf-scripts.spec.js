// The quiz walk of `cargo xtask bench-ui` and `cargo xtask screenshot` (tests/e2e/perf/common.js)
// runs only when someone measures; this test keeps it in step with the app, so a change of the
// quiz breaks here and not on the day of the next measurement.
const { test, expect } = require('@playwright/test');
const { MONTREUIL, answerToSummary } = require('../perf/common');

test('the perf and screenshot scripts still walk the quiz to the results', async ({ page }) => {
  await answerToSummary(page, MONTREUIL);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page.locator('.card').first()).toBeVisible();
});
