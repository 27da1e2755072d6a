// The journey end to end on the bundled catalogue: personas answer the quiz with taps or with
// the keyboard only, get explained results and who can help; reload and shared links restore
// them; geolocation granted and denied; axe-core on every quiz step and page.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { chooseLang } = require('./lang');
const { networkLocator } = require('./bundled');


const NEXT = 'Question suivante';
const SKIP = 'Passer cette question';

async function pick(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

async function next(page) {
  const skip = page.getByRole('button', { name: SKIP });
  if (await skip.isVisible()) await skip.click();
  else await page.getByRole('button', { name: NEXT }).click();
}

/** A pattern matching a suggestion whose text starts with `label` ("Montreuil (93100)", then " — department"). */
function startsWith(label) {
  return new RegExp('^' + label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * Chooses the commune: types `p.search` (a name) or `p.postcode` in the combobox, then taps the
 * option whose text starts with `p.commune`, e.g. "Montreuil (93100)".
 */
async function chooseCommune(page, p) {
  await page.getByRole('combobox', { name: 'Code postal ou nom de la commune' }).fill(p.search || p.postcode);
  await page.getByRole('option', { name: startsWith(p.commune) }).click();
  await expect(page.getByText(`Lieu choisi : ${p.commune}`)).toBeVisible();
}

/** Answers the quiz with taps/clicks. `commune` is the suggestion's text, e.g. "Montreuil (93100)". */
async function answer(page, p, { axe = false } = {}) {
  await page.goto('/questionnaire');
  const check = async () => { if (axe) await expectNoAxeViolations(page); };
  await check();
  await pick(page, p.level); await next(page);
  await pick(page, p.situation); await next(page);
  await page.getByLabel('Âge, en années').fill(String(p.age)); await check(); await next(page);
  if (p.rqth) await pick(page, p.rqth);
  await check(); await next(page);
  // Gender and arrival in France (optional): axe on these steps is in profile.spec.js.
  if (p.gender) await pick(page, p.gender);
  await next(page);
  if (p.newcomer) await pick(page, p.newcomer);
  await next(page);
  await chooseCommune(page, p);
  if (p.radius) await pick(page, p.radius);
  await check(); await next(page);
  for (const i of p.interests || []) await pick(page, i);
  await check(); await next(page);
  if (p.comfort) await pick(page, p.comfort);
  await check(); await next(page);
  await check(); await next(page);
  await expect(page.getByRole('heading', { name: 'Vos réponses' })).toBeVisible();
  await check();
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page).toHaveURL(/\/resultats#3/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations pour vous');
  await expect(page.locator('.results__count')).toContainText(/correspond/);
}

const helpHeadings = (page) => page.locator('.help__item h3');

const PERSONAS = {
  montreuil: {
    level: 'Sans diplôme', situation: 'Jeune de 16 à 25 ans sans emploi ni formation', age: 19,
    postcode: '93100', commune: 'Montreuil (93100)', radius: '20 km',
    interests: ['Développement web & mobile'],
  },
  marseille: {
    level: 'Bac général ou technologique', situation: "Demandeur·euse d'emploi inscrit·e à France Travail", age: 34,
    postcode: '13001', commune: 'Marseille 1er Arrondissement (13001)', interests: ['Support & maintenance informatique'],
  },
  saintEtienne: {
    level: 'CAP / BEP', situation: "Demandeur·euse d'emploi non inscrit·e", age: 41, rqth: "Oui, j'ai une RQTH",
    search: 'st etienne', commune: 'Saint-Étienne (42000)',
  },
  maubeuge: {
    level: 'Brevet', situation: 'Autre situation', age: 52, comfort: 'Débutant·e',
    postcode: '59600', commune: 'Maubeuge (59600)',
  },
  vandoeuvre: {
    level: 'Bac+2', situation: 'Salarié·e en reconversion', age: 29,
    search: 'vandoeuvre', commune: 'Vandœuvre-lès-Nancy (54500)', interests: ['Data & IA'],
  },
};

test('Montreuil, 19, no diploma, wants to code: free no-diploma trainings nearby, Mission Locale; axe on every step', async ({ page }) => {
  await answer(page, PERSONAS.montreuil, { axe: true });
  const cards = page.locator('.card');
  await expect(cards.first()).toBeVisible();
  await expect(helpHeadings(page).first()).toContainText('Mission Locale');
  // The Mission Locale's official directory, as the bundled catalogue gives it.
  const locator = page.getByRole('link', { name: 'Trouver la Mission Locale la plus proche' });
  await expect(locator).toHaveCount(1);
  await expect(locator).toHaveAttribute('href', networkLocator('mission-locale'));
  await expect(locator).toHaveAttribute('rel', /noopener/);
  await expect(locator).not.toHaveAttribute('target', /.+/);
  // The first results are near and explained.
  await expect(cards.first().locator('.card__why')).toContainText(/km/);
  await page.getByLabel('Sans diplôme requis').check();
  await page.getByLabel('Gratuites ou financées').check();
  await expect(page.locator('.results__count')).toContainText('affichées avec vos filtres');
  const levels = await page.locator('.card').evaluateAll((els) => els.map((e) => e.textContent));
  expect(levels.length).toBeGreaterThan(0);
  for (const text of levels) expect(text).toContain('Aucun diplôme requis');
  await expectNoAxeViolations(page);

  // Reload and a shared link restore the same results.
  const first = await cards.first().locator('.card__title').textContent();
  await page.reload();
  await expect(page.locator('.card').first().locator('.card__title')).toHaveText(first);
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.locator('.card').first().locator('.card__title')).toHaveText(first);

  // The course page says everything it knows, and passes axe.
  await page.locator('.card').first().locator('.card__title a').click();
  await expect(page).toHaveURL(/\/formation\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.trim());
  await expect(page.getByRole('heading', { name: "Conditions d'entrée" })).toBeVisible();
  await expect(page.getByText(/Informations datant du/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations pour vous');
});

test('Saint-Étienne, RQTH adult: Cap Emploi in who can help, accessibility on the course page', async ({ page }) => {
  await answer(page, PERSONAS.saintEtienne);
  await expect(helpHeadings(page).filter({ hasText: 'Cap Emploi' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Trouver le Cap emploi le plus proche' }))
    .toHaveAttribute('href', networkLocator('cap-emploi'));
  await expectNoAxeViolations(page);
  const first = page.locator('.card').first();
  if (await first.count()) {
    await first.locator('.card__title a').click();
    await expect(page.getByText(/Accessibilité/).first()).toBeVisible();
  }
});

test('Marseille jobseeker: France Travail and results', async ({ page }) => {
  await answer(page, PERSONAS.marseille);
  await expect(helpHeadings(page).filter({ hasText: 'France Travail' })).toHaveCount(1);
  await expect(page.locator('.card').first()).toBeVisible();
});

test('Maubeuge, 52, beginner: digital mediation through the national map, no place hundreds of km away', async ({ page }) => {
  await answer(page, PERSONAS.maubeuge);
  await expect(helpHeadings(page).filter({ hasText: 'médiation numérique' })).toHaveCount(1);
  // The bundled places are all in Auvergne-Rhône-Alpes: none near Maubeuge, the national map instead.
  await expect(page.getByRole('link', { name: /Trouver un lieu de médiation numérique/ }))
    .toHaveAttribute('href', networkLocator('mediation-numerique'));
  await expectNoAxeViolations(page);
});

test('Vandœuvre-lès-Nancy, employee changing career: explained results', async ({ page }) => {
  await answer(page, PERSONAS.vandoeuvre);
  await expect(page.locator('.card, .notice').first()).toBeVisible();
});

test('keyboard only: the quiz can be answered without a pointer', async ({ page }) => {
  await page.goto('/questionnaire');
  const heading = page.getByRole('heading', { name: 'Quel est votre plus haut diplôme ?' });
  await expect(heading).toBeVisible();
  await page.getByLabel('Sans diplôme', { exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Sans diplôme', { exact: true })).toBeChecked();
  const nextButton = page.getByRole('button', { name: NEXT });
  await nextButton.focus();
  await page.keyboard.press('Enter');
  // Focus moves to the new question's heading.
  await expect(page.getByRole('heading', { name: "Quelle est votre situation aujourd'hui ?" })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel("Demandeur·euse d'emploi inscrit·e à France Travail")).toBeChecked();
  await page.getByRole('button', { name: NEXT }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Quel âge avez-vous ?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('19');
  await page.getByRole('button', { name: NEXT }).focus();
  await page.keyboard.press('Enter');
  // Wait for the app to move focus to the new heading before moving it ourselves: otherwise the
  // app's focus move can land after ours and swallow the next key press.
  await expect(page.getByRole('heading', { name: /Avez-vous une reconnaissance de handicap/ })).toBeFocused();
  await page.getByRole('button', { name: SKIP }).focus();
  await page.keyboard.press('Enter');
  // The two optional questions about gender and arrival in France, skipped with the keyboard.
  await expect(page.getByRole('heading', { name: /Comment vous décrivez-vous/ })).toBeFocused();
  await page.getByRole('button', { name: SKIP }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /arrivé·e en France récemment/ })).toBeFocused();
  await page.getByRole('button', { name: SKIP }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Où habitez-vous ?' })).toBeFocused();
  await page.getByLabel('Code postal ou nom de la commune').focus();
  await page.keyboard.type('93100');
  await expect(page.getByRole('option', { name: startsWith('Montreuil (93100)') })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Lieu choisi : Montreuil (93100)')).toBeVisible();
  await page.getByRole('button', { name: 'Voir les résultats' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations pour vous');
  await expect(helpHeadings(page).filter({ hasText: 'Mission Locale' })).toHaveCount(1);
});

test('a required question unanswered says so; a bad link shows a message and the quiz', async ({ page }) => {
  await page.goto('/questionnaire');
  await page.getByRole('button', { name: NEXT }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choisissez une réponse' })).toBeVisible();
  await page.goto('/resultats#1<oops>');
  await expect(page.getByRole('alert')).toContainText('incomplet ou abîmé');
  await expectNoAxeViolations(page);
  await page.goto('/resultats');
  await expect(page.getByText("Il n'y a pas encore de réponses")).toBeVisible();
});

test.describe('geolocation granted', () => {
  test.use({ geolocation: { latitude: 48.8611, longitude: 2.4436 }, permissions: ['geolocation'] });
  test('"me localiser" proposes the nearest commune to confirm', async ({ page }) => {
    await page.goto('/questionnaire');
    await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await expect(page.getByText(/Vous semblez être près de Montreuil/)).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: "Oui, c'est ici" }).click();
    await expect(page.getByText('Lieu choisi : Montreuil (93100)')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('geolocation denied', () => {
  test.use({ permissions: [] });
  test('a refusal says to type the postcode instead', async ({ page }) => {
    await page.goto('/questionnaire');
    await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click();
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await expect(page.getByText(/Tapez plutôt votre code postal/)).toBeVisible({ timeout: 20_000 });
  });
});

test('consent: answers are kept only after agreeing, and can be erased', async ({ page }) => {
  await answer(page, PERSONAS.montreuil);
  expect(await page.evaluate(() => localStorage.getItem('aiguillage.profile'))).toBeNull();
  await page.getByRole('button', { name: 'Oui, garder mes réponses' }).click();
  await expect(page.getByText('Vos réponses sont gardées sur cet appareil.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('aiguillage.profile'))).not.toBeNull();
  await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  expect(await page.evaluate(() => localStorage.getItem('aiguillage.profile'))).toBeNull();
});

test('results in English', async ({ page }) => {
  await answer(page, PERSONAS.montreuil);
  await chooseLang(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainings for you');
  await expect(page.locator('.results__count')).toContainText(/fit/);
  await expectNoAxeViolations(page);
});
