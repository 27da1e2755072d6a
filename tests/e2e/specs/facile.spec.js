// « Français facile » end to end: a young person from Montreuil opens /?lang=facile and does the
// whole journey in easy French (home, every question, results, a course page, who can help),
// with axe at zero violations at each state; and the language menu, by keyboard, for each
// language. The texts asserted are those of src/i18n/facile.rs. The answers are picked by their
// input (`#q-level-0`), not by their label: core writes its own easy-French labels.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { langMenu } = require('./lang');

const NEXT = 'Question suivante';
const SKIP = 'Passer cette question';

const questionHeading = (page) => page.locator('.quiz__panel h2').first();

/** Checks the question's heading (easy French) and axe, then goes on: "Question suivante", or
 * "Passer cette question" for an optional question left unanswered (one button says either). */
async function atQuestion(page, title) {
  await expect(questionHeading(page)).toHaveText(title);
  await expectNoAxeViolations(page);
  const skip = page.getByRole('button', { name: SKIP });
  await ((await skip.isVisible()) ? skip : page.getByRole('button', { name: NEXT })).click();
  await expect(questionHeading(page)).not.toHaveText(title);
}

test('a person who reads poorly does the whole journey in « Français facile », axe clean at every step', async ({ page }) => {
  // Fourteen axe-core runs: more than the default 30 s on a loaded machine (load average 20 on 2
  // cores made it time out while the same run passed in 11 s alone).
  test.slow();
  // Home.
  await page.goto('/?lang=facile');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByText('Le numérique, ce sont les métiers des ordinateurs, d\'Internet et des téléphones.', { exact: false })).toBeVisible();
  await expect(langMenu(page).locator('summary')).toHaveText('Langue : Français facile');
  await expect(page.getByText('Vous avez entre 16 et 25 ans ? La Mission Locale aide les jeunes')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Commencer les questions' }).click();

  // The questions, one by one.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions pour trouver une formation');
  await expect(page).toHaveURL(/\/questionnaire\?(lang=facile&)?etape=diplome$/);
  await page.locator('#q-level-0').check(); // no diploma
  await atQuestion(page, /^Quel est votre diplôme le plus haut\s\?$/);
  await page.locator('#q-situation-2').check(); // 16–25, no job, no training
  await atQuestion(page, /^Quelle est votre situation aujourd'hui\s\?$/);
  await expect(page.getByText('Certaines formations ont un âge minimum ou un âge maximum.')).toBeVisible();
  await page.getByLabel('Votre âge, en chiffres').fill('19');
  await atQuestion(page, /^Quel âge avez-vous\s\? \(pas obligatoire\)$/);
  await expect(page.getByText('Vous la demandez à la maison départementale des personnes handicapées (MDPH).')).toBeVisible();
  await atQuestion(page, /^Avez-vous une reconnaissance de handicap \(RQTH\)\s\? \(pas obligatoire\)$/);
  await expect(page.getByText('Certaines formations sont seulement pour les femmes.')).toBeVisible();
  await atQuestion(page, /^Comment vous décrivez-vous\s\?/);
  await atQuestion(page, /^Vous êtes arrivé ou arrivée en France depuis peu\s\?/);

  await expect(questionHeading(page)).toHaveText(/^Où habitez-vous\s\?/);
  await page.getByRole('combobox', { name: 'Code postal ou nom de la commune' }).fill('93100');
  await expect(page.locator('.location__status')).toContainText('1 commune trouvée. Appuyez sur la flèche du bas');
  await page.getByRole('option', { name: /^Montreuil \(93100\)/ }).click();
  await expect(page.getByText('Lieu choisi : Montreuil (93100)')).toBeVisible();
  await atQuestion(page, /^Où habitez-vous\s\?/);

  await page.locator('details.discover summary').filter({ hasText: 'Je ne sais pas encore : voir les métiers' }).click();
  await expect(page.getByText('créer des sites Internet et des applications pour téléphone.')).toBeVisible();
  await page.locator('#q-interest-0').check(); // web & mobile
  await atQuestion(page, /^Quels métiers du numérique vous intéressent\s\?/);
  await atQuestion(page, /^Savez-vous utiliser un ordinateur\s\?/);
  await expect(page.getByLabel("J'ai besoin de recevoir de l'argent pendant la formation")).toBeVisible();
  await atQuestion(page, /^Vos besoins pour la formation/);

  // The answers, then the results.
  await expect(page.getByRole('heading', { name: 'Vos réponses' })).toBeVisible();
  await expect(page.locator('[data-answer=age]')).toHaveText('19 ans');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Voir les formations' }).click();
  await expect(page).toHaveURL(/\/resultats/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les formations pour vous');
  await expect(page.locator('.results__count')).toContainText(/^Nous avons trouvé \d+ formations? pour vous\./);
  await expect(page.getByText('Montrer seulement les formations')).toBeVisible();
  await expect(page.locator('.card').first().locator('.card__why')).toContainText('Pourquoi c\'est pour vous');
  await expectNoAxeViolations(page);

  // A course page.
  await page.locator('.card').first().getByRole('link', { name: /^Voir la formation\s:\s/ }).click();
  await expect(page).toHaveURL(/\/formation\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Pour entrer dans la formation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Prix et aides pour payer' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: "D'où viennent ces informations" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to the results: who can help.
  await page.getByRole('link', { name: 'Retour aux formations' }).click();
  await expect(page).toHaveURL(/\/resultats#/);
  const help = page.locator('section.help');
  await expect(help.getByRole('heading', { level: 2, name: 'Qui peut vous aider' })).toBeVisible();
  await expect(help.getByRole('link', { name: 'Trouver la Mission Locale la plus proche' })).toHaveCount(1);
  await expect(page.locator('.results__help')).toContainText('Qui peut vous aider :');
  await help.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page);
  // Still easy French, still said to be French.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the language menu works with the keyboard: each language is chosen, <html lang> follows, focus comes back', async ({ page }) => {
  test.slow(); // three axe-core runs and a reload
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = langMenu(page);
  const toggle = menu.locator('summary');
  await expect(toggle).toHaveText('Langue : Français');
  const choices = [
    ['Français facile', 'fr', 'Langue : Français facile', 'Commencer les questions'],
    ['English', 'en', 'Language: English', 'Start the questionnaire'],
    ['Français', 'fr', 'Langue : Français', 'Commencer le questionnaire'],
  ];
  for (const [name, lang, toggleText, cta] of choices) {
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    // Each language is named in its own language, the current one marked.
    for (const [other, otherLang] of choices) {
      await expect(menu.getByRole('button', { name: other, exact: true })).toHaveAttribute('lang', otherLang);
    }
    await expect(menu.locator('[aria-current="true"]')).toHaveCount(1);
    await expectNoAxeViolations(page);
    // Tab to the wanted language, then Enter.
    const wanted = menu.getByRole('button', { name, exact: true });
    for (let i = 0; i < 4 && !(await wanted.evaluate((b) => b === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(wanted).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(menu).not.toHaveAttribute('open', /.*/);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveText(toggleText);
    await expect(page.getByRole('link', { name: cta })).toBeVisible();
    await expect(menu.getByRole('button', { name, exact: true, includeHidden: true })).toHaveAttribute('aria-current', 'true');
  }
  // Escape closes the menu and leaves focus on its toggle.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', /.*/);
  await expect(toggle).toBeFocused();
  // The choice is remembered; a `?lang=` in the address follows the choice.
  await page.goto('/questionnaire?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await toggle.click();
  await menu.getByRole('button', { name: 'Français facile', exact: true }).click();
  await expect(page).toHaveURL(/\?lang=facile&etape=diplome$/);
  await page.reload();
  await expect(questionHeading(page)).toHaveText('Quel est votre diplôme le plus haut ?');
  await expect(toggle).toHaveText('Langue : Français facile');
});
