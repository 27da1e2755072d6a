// The new optional answers (bac pro, gender, arrival in France) with the keyboard only, and what
// they change: who can help (ENIC-NARIC, French courses), women-only programmes; help places only
// near the person, else the national map; opening hours in French words; a damaged link says so.
// axe-core on every new state.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { networkLocator } = require('./bundled');

const NEXT = 'Question suivante';
const SKIP = 'Passer cette question';


async function next(page) {
  const skip = page.getByRole('button', { name: SKIP });
  if (await skip.isVisible()) await skip.click();
  else await page.getByRole('button', { name: NEXT }).click();
}

/** Checks a radio button with the keyboard: focus the group's first radio, arrow to the label. */
async function pickWithKeyboard(page, name, label) {
  const radios = page.locator(`input[type=radio][name=${name}]`);
  await radios.first().focus();
  const wanted = page.getByLabel(label, { exact: true });
  for (let i = 0; i < 12 && !(await wanted.isChecked()); i += 1) {
    // The first arrow press selects the next radio; Space selects the focused one.
    if (i === 0) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeChecked();
}

async function chooseCommune(page, query, commune) {
  await page.getByRole('combobox', { name: 'Code postal ou nom de la commune' }).fill(query);
  await page.getByRole('option', { name: new RegExp('^' + commune.replace(/[()]/g, '\\$&')) }).click();
  await expect(page.getByText(`Lieu choisi : ${commune}`)).toBeVisible();
}

const helpItem = (page, name) => page.locator('.help__item').filter({ has: page.getByRole('heading', { name }) });

test('a beginner with a bac pro and a foreign diploma answers the new questions with the keyboard; hours read in French', async ({ page }) => {
  await page.goto('/questionnaire');
  await pickWithKeyboard(page, 'q-level', 'Bac professionnel');
  await expectNoAxeViolations(page);
  await next(page);
  await pickWithKeyboard(page, 'q-situation', "Demandeur·euse d'emploi inscrit·e à France Travail");
  await next(page);
  await page.getByLabel('Âge, en années').fill('34');
  await next(page);
  await next(page); // RQTH skipped

  // Gender: optional, respectful, with why it is asked.
  await expect(page.getByRole('heading', { level: 2, name: /Comment vous décrivez-vous/ })).toBeFocused();
  await expect(page.getByText(/réservées aux femmes/)).toBeVisible();
  for (const label of ['Femme', 'Homme', 'Autre', 'Je préfère ne pas répondre']) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await pickWithKeyboard(page, 'q-gender', 'Je préfère ne pas répondre');
  await expectNoAxeViolations(page);
  await next(page);

  // Arrival in France / foreign diploma.
  await expect(page.getByRole('heading', { level: 2, name: /arrivé·e en France récemment/ })).toBeFocused();
  await pickWithKeyboard(page, 'q-newcomer', "J'ai un diplôme obtenu à l'étranger");
  await expectNoAxeViolations(page);
  await next(page);

  await chooseCommune(page, '42000', 'Saint-Étienne (42000)');
  await next(page);
  await next(page); // interests
  await page.getByLabel('Débutant·e', { exact: true }).check();
  await next(page);
  await next(page); // constraints
  await expect(page.getByRole('heading', { name: 'Vos réponses' })).toBeVisible();
  await expect(page.locator('[data-answer=level]')).toHaveText('Bac professionnel');
  await expect(page.locator('[data-answer=gender]')).toHaveText('Je préfère ne pas répondre');
  await expect(page.locator('[data-answer=newcomer]')).toHaveText("J'ai un diplôme obtenu à l'étranger");
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page).toHaveURL(/\/resultats#3/);

  // ENIC-NARIC with its official page.
  const enic = helpItem(page, 'ENIC-NARIC France');
  await expect(enic).toContainText('attestation de comparabilité');
  await expect(enic.getByRole('link', { name: /Faire reconnaître votre diplôme/ }))
    .toHaveAttribute('href', networkLocator('enic-naric'));
  // We list no ENIC-NARIC office anywhere: the official page alone, never "none near you".
  await expect(enic).not.toContainText('Nous ne connaissons pas');
  // The nearest digital-mediation place, its hours in French words, never raw OSM.
  const mediation = helpItem(page, 'Lieu de médiation numérique');
  const hours = mediation.locator('.help__hours');
  await expect(hours).toHaveCount(1);
  await expect(hours).toContainText(/Horaires\s: (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|du lundi)/);
  await expect(hours).toContainText(/\d+\s+h/);
  await expect(hours).not.toContainText(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\b|\d\d:\d\d/);
  await expectNoAxeViolations(page);
});

test('an Aubervilliers beginner is not sent 250 km away: we say we know no place near them and give the national map', async ({ page }) => {
  await page.goto('/questionnaire');
  await page.getByLabel('Sans diplôme', { exact: true }).check();
  await next(page);
  await page.getByLabel('Autre situation', { exact: true }).check();
  await next(page);
  await page.getByLabel('Âge, en années').fill('58');
  for (let i = 0; i < 4; i += 1) await next(page); // age, RQTH, gender, arrival
  await chooseCommune(page, '93300', 'Aubervilliers (93300)');
  await page.getByLabel('100 km', { exact: true }).check();
  await next(page);
  await next(page);
  await page.getByLabel('Débutant·e', { exact: true }).check();
  await next(page);
  await next(page);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  const mediation = helpItem(page, 'Lieu de médiation numérique');
  await expect(mediation).toContainText('Nous ne connaissons pas de lieu près de chez vous');
  await expect(mediation).not.toContainText(/\d+\s*km/);
  await expect(mediation.locator('.help__place')).toHaveCount(0);
  await expect(mediation.getByRole('link', { name: /carte nationale/ }))
    .toHaveAttribute('href', networkLocator('mediation-numerique'));
  await expectNoAxeViolations(page);

  // The same link with one character changed says it seems damaged, not someone else's results.
  const url = new URL(page.url());
  const code = url.hash.slice(1);
  const i = 5;
  const swapped = code[i] === 'A' ? 'B' : 'A';
  await page.goto(`/resultats#${code.slice(0, i)}${swapped}${code.slice(i + 1)}`);
  await expect(page.getByRole('alert')).toContainText('Ce lien semble abîmé');
  await expect(page.locator('.card')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a newcomer in Marseille 13002 lands in the 2nd arrondissement and is pointed to French courses', async ({ page }) => {
  await page.goto('/questionnaire');
  await page.getByLabel('Bac général ou technologique', { exact: true }).check();
  await next(page);
  await page.getByLabel("Demandeur·euse d'emploi inscrit·e à France Travail", { exact: true }).check();
  await next(page);
  await page.getByLabel('Âge, en années').fill('30');
  await next(page);
  await next(page); // RQTH skipped
  await next(page); // gender skipped
  await page.getByLabel('Je suis arrivé·e en France récemment', { exact: true }).check();
  await next(page);
  // The postcode of an arrondissement gives that arrondissement, not the whole city.
  await chooseCommune(page, '13002', 'Marseille 2e Arrondissement (13002)');
  for (let i = 0; i < 4; i += 1) await next(page); // place, interests, comfort, constraints
  await expect(page.getByRole('heading', { name: 'Vos réponses' })).toBeVisible();
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(page).toHaveURL(/\/resultats#3/);
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  const french = helpItem(page, 'Cours de français');
  await expect(french.getByRole('link')).toHaveAttribute('href', networkLocator('cours-francais'));
  await expect(french).not.toContainText('Nous ne connaissons pas');
  // A recent arrival without a foreign diploma is not sent to diploma recognition.
  await expect(helpItem(page, 'ENIC-NARIC France')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
