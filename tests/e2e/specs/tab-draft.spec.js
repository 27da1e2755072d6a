// Issue 9 item 9: reloading mid-quiz keeps the unfinished answers, in this tab only (session
// storage, no consent needed), and the footer says so; a new tab starts empty.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { MONTREUIL, answerThree } = require('./answer');

test('three answers survive a reload of the tab, and a new tab does not have them', async ({ page, context }) => {
  await answerThree(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /reconnaissance de handicap/ })).toBeVisible();
  await page.goto('/questionnaire?etape=recapitulatif');
  await expect(page.locator('[data-answer=age]')).toHaveText('19 ans');
  await page.goto('/questionnaire?etape=diplome');
  await expect(page.getByLabel(MONTREUIL.level, { exact: true })).toBeChecked();
  await page.goto('/questionnaire?etape=situation');
  await expect(page.getByLabel(MONTREUIL.situation, { exact: true })).toBeChecked();
  // Nothing on the device: no consent was given.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('draft') || k.includes('profile')))).toEqual([]);
  await expect(page.locator('footer')).toContainText('reste dans cet onglet seulement');
  await expectNoAxeViolations(page);

  const other = await context.newPage();
  await other.goto('/questionnaire?etape=diplome');
  await expect(other.getByRole('heading', { level: 2, name: 'Quel est votre plus haut diplôme ?' })).toBeVisible();
  await expect(other.getByLabel(MONTREUIL.level, { exact: true })).not.toBeChecked();
  await other.goto('/questionnaire?etape=age');
  await expect(other.getByLabel('Âge, en années')).toHaveValue('');
});
