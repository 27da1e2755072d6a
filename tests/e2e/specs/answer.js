// Shared by the shell's specs: answers the questions results need (diploma, situation, age, place)
// with taps, and opens the results. The place is typed as a postcode and picked in the combobox.
const { expect } = require('@playwright/test');

const NEXT = 'Question suivante';

const MONTREUIL = {
  level: 'Sans diplôme', situation: 'Jeune de 16 à 25 ans sans emploi ni formation', age: 19,
  postcode: '93100', commune: 'Montreuil (93100)',
};

/** Answers the first three questions (diploma, situation, age), from a fresh questionnaire. */
async function answerThree(page, p = MONTREUIL) {
  await page.goto('/questionnaire');
  await page.getByLabel(p.level, { exact: true }).check();
  await page.getByRole('button', { name: NEXT }).click();
  await page.getByLabel(p.situation, { exact: true }).check();
  await page.getByRole('button', { name: NEXT }).click();
  await page.getByLabel('Âge, en années').fill(String(p.age));
  await page.getByRole('button', { name: NEXT }).click();
  await expect(page).not.toHaveURL(/etape=age/);
}

/** Answers what results need and shows them; returns the results address. */
async function openResults(page, p = MONTREUIL) {
  await answerThree(page, p);
  // On to the place question, skipping the optional ones in between (in the page: this helper
  // must not depend on the tab keeping the answers, which has its own spec).
  const place = page.getByRole('combobox', { name: 'Code postal ou nom de la commune' });
  for (let i = 0; i < 6 && !(await place.isVisible()); i += 1) {
    const title = await page.locator('.quiz__panel h2').first().textContent();
    const skip = page.getByRole('button', { name: 'Passer cette question' });
    await ((await skip.isVisible()) ? skip : page.getByRole('button', { name: NEXT })).click();
    await expect(page.locator('.quiz__panel h2').first()).not.toHaveText(title);
  }
  await place.fill(p.postcode);
  await page.getByRole('option', { name: new RegExp('^' + p.commune.replace(/[()]/g, '\\$&')) }).click();
  // Optionally "débutant·e" with computers (a digital-mediation place is then among who can help).
  const beginner = page.getByLabel(/^débutant/i).first();
  for (let i = 0; p.beginner && i < 4 && !(await beginner.isVisible()); i += 1) {
    const title = await page.locator('.quiz__panel h2').first().textContent();
    const skip = page.getByRole('button', { name: 'Passer cette question' });
    await ((await skip.isVisible()) ? skip : page.getByRole('button', { name: NEXT })).click();
    await expect(page.locator('.quiz__panel h2').first()).not.toHaveText(title);
  }
  if (p.beginner) await beginner.check();
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page).toHaveURL(/\/resultats#/);
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  return page.url();
}

module.exports = { MONTREUIL, answerThree, openResults };
