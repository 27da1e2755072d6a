// The quiz's own flow: the age is optional ("je préfère ne pas donner mon âge"), results without it
// propose the Mission Locale on condition of age; the question shown
// is in the address (`?etape=`), so the browser's Back and Forward move between questions and a
// reload stays on the same one. axe-core on each new state.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { chooseLang } = require('./lang');

const NEXT = 'Question suivante';
const SKIP = 'Passer cette question';
const LEVEL_TITLE = 'Quel est votre plus haut diplôme ?';
const SITUATION_TITLE = "Quelle est votre situation aujourd'hui ?";
const AGE_TITLE = 'Quel âge avez-vous ?';
const JOBSEEKER = "Demandeur·euse d'emploi inscrit·e à France Travail";

// A link written before the age became optional (profile code v1): Bac, jobseeker registered with
// France Travail, 30 years old, Montreuil (INSEE 93048), within 20 km. Such links keep working.
const OLD_LINK = '#1YPIbW8VMENvWtEABAAA';

const heading = (page, name) => page.getByRole('heading', { level: 2, name });

test('a jobseeker who prefers not to give their age gets results and the Mission Locale on condition', async ({ page }) => {
  await page.goto(`/questionnaire${OLD_LINK}`);
  await expect(heading(page, 'Vos réponses')).toBeVisible();
  // The quiz rewrites an old (v1) link as its own v3 code for the same answers.
  await expect(page).toHaveURL(/\/questionnaire\?etape=recapitulatif#3/);
  await expect(page.locator('[data-answer=age]')).toHaveText('30 ans');

  // "Modifier" the age: a new history entry, focus on the question; the address now carries the
  // quiz's own (v2) code for the same answers.
  await page.getByRole('button', { name: 'Modifier : Âge' }).click();
  await expect(page).toHaveURL(/\?etape=age#3/);
  await expect(heading(page, AGE_TITLE)).toBeFocused();
  await expect(page.getByLabel('Âge, en années')).toHaveValue('30');

  // "Je préfère ne pas donner mon âge", with the keyboard.
  const notSaid = page.getByLabel('Je préfère ne pas donner mon âge');
  await notSaid.focus();
  await page.keyboard.press('Space');
  await expect(notSaid).toBeChecked();
  await expect(page.getByLabel('Âge, en années')).toHaveValue('');
  await expectNoAxeViolations(page);

  // Back returns to the summary with the change kept (the link does not refill the answers).
  await page.goBack();
  await expect(heading(page, 'Vos réponses')).toBeVisible();
  await expect(page.locator('[data-answer=age]')).toHaveText('Âge non communiqué');
  await expectNoAxeViolations(page);

  const results = page.getByRole('button', { name: 'Voir les résultats' });
  await expect(results).toBeEnabled();
  await results.click();
  await expect(page).toHaveURL(/\/resultats#3/);
  await expect(page.locator('.results__for')).toContainText('âge non communiqué');
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  // (No bundled course near Montreuil has an age limit any more: 42's « 18 ans » is contradicted by
  // its own campuses, see data/catalogue/README.md. The « réservé aux 18 ans et plus : vérifiez… »
  // line for an age not given is covered natively in crates/core/tests/matching_cases.rs.)
  // Who can help: the Mission Locale on condition of age, France Travail for the jobseeker.
  const missionLocale = page.locator('.help__item').filter({ has: page.getByRole('heading', { name: 'Mission Locale' }) });
  await expect(missionLocale).toHaveCount(1);
  await expect(missionLocale).toContainText('si vous avez entre 16 et 25 ans');
  await expect(page.locator('.help__item h3').filter({ hasText: 'France Travail' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // In English too.
  await chooseLang(page, 'English');
  await expect(missionLocale).toContainText('if you are 16–25');
  await chooseLang(page, 'Français');

  // Back from the results: the quiz's summary, answers as changed.
  await page.goBack();
  await expect(heading(page, 'Vos réponses')).toBeVisible();
  await expect(page.locator('[data-answer=age]')).toHaveText('Âge non communiqué');
});

test('Back and Forward move between questions, a reload keeps the question, an unknown step falls back', async ({ page }) => {
  await page.goto('/questionnaire');
  await expect(page).toHaveURL(/\/questionnaire\?etape=diplome$/);
  await page.getByLabel('Bac général ou technologique', { exact: true }).check();
  await page.getByRole('button', { name: NEXT }).click();
  await expect(page).toHaveURL(/\?etape=situation$/);
  await expect(heading(page, SITUATION_TITLE)).toBeFocused();
  await page.getByLabel(JOBSEEKER).check();
  await page.getByRole('button', { name: NEXT }).click();
  await expect(page).toHaveURL(/\?etape=age$/);
  await expect(heading(page, AGE_TITLE)).toBeFocused();
  // The age is optional: skip is offered, results wait for the place only.
  await expect(page.getByRole('button', { name: SKIP })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Voir les résultats' })).toBeDisabled();
  await expect(page.locator('#quiz-results-need')).toHaveText(/diplôme, la situation et le lieu/);
  await expectNoAxeViolations(page);

  // Browser Back: the previous questions, answers kept, focus on their heading.
  await page.goBack();
  await expect(page).toHaveURL(/\?etape=situation$/);
  await expect(heading(page, SITUATION_TITLE)).toBeFocused();
  await expect(page.getByLabel(JOBSEEKER)).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?etape=diplome$/);
  await expect(heading(page, LEVEL_TITLE)).toBeFocused();
  await expect(page.getByLabel('Bac général ou technologique', { exact: true })).toBeChecked();

  // Browser Forward: back to the age question.
  await page.goForward();
  await expect(heading(page, SITUATION_TITLE)).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\?etape=age$/);
  await expect(heading(page, AGE_TITLE)).toBeFocused();

  // A reload stays on the same question.
  await page.reload();
  await expect(page).toHaveURL(/\?etape=age$/);
  await expect(heading(page, AGE_TITLE)).toBeVisible();

  // Skipping the age moves on, and Back returns to it.
  await page.getByRole('button', { name: SKIP }).click();
  await expect(page).toHaveURL(/\?etape=rqth$/);
  await expect(heading(page, /Avez-vous une reconnaissance de handicap/)).toBeFocused();
  await page.goBack();
  await expect(heading(page, AGE_TITLE)).toBeFocused();

  // An unknown step never gives a blank page: the first unanswered question, named in place
  // (the tab kept the answers so far: diploma and situation are given, the age was skipped).
  await page.goto('/questionnaire?etape=inconnue');
  await expect(heading(page, AGE_TITLE)).toBeVisible();
  await expect(page).toHaveURL(/\/questionnaire\?etape=age$/);
  await expectNoAxeViolations(page);
});

test('the questionnaire on one page still works, and keeps other address parameters', async ({ page }) => {
  await page.goto('/questionnaire?lang=en');
  await expect(page).toHaveURL(/\/questionnaire\?lang=en&etape=diplome$/);
  await page.getByRole('button', { name: 'All questions on one page' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'How old are you?' })).toBeVisible();
  await expect(page.getByLabel("I'd rather not give my age")).toBeVisible();
  await page.getByLabel("I'd rather not give my age").check();
  await expect(page.getByRole('heading', { level: 2, name: 'Where do you live?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a quiz opened from a link keeps its link up to date: a reload keeps the changes, Back does not undo them', async ({ page }) => {
  await page.goto(`/questionnaire${OLD_LINK}`);
  await expect(heading(page, 'Vos réponses')).toBeVisible();
  await page.getByRole('button', { name: 'Modifier : Âge' }).click();
  await expect(heading(page, AGE_TITLE)).toBeFocused();
  await page.getByLabel('Âge, en années').fill('24');
  await page.getByRole('button', { name: NEXT }).click();
  // The new question's address carries the changed answers (a new code, not the link's).
  await expect(page).toHaveURL(/\?etape=rqth#3/);
  const changed = new URL(page.url()).hash;
  expect(changed).not.toBe(OLD_LINK);

  // Back shows the age question with the change kept; Forward again.
  await page.goBack();
  await expect(page.getByLabel('Âge, en années')).toHaveValue('24');
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?etape=rqth${changed}$`));

  // A reload (a fresh start of the app, with nothing stored) gives the changed answers.
  await page.reload();
  await page.goto(`/questionnaire?etape=recapitulatif${changed}`);
  await expect(page.locator('[data-answer=age]')).toHaveText('24 ans');
});
