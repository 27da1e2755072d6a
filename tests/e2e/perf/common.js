// Shared by the scripts of tests/e2e/perf/ (run by `cargo xtask bench-ui` and `cargo xtask
// screenshot`): the system Chromium, with the same flags as playwright.config.js.
const { chromium } = require('@playwright/test');

const { CHROMIUM_ARGS: ARGS, CHROMIUM_PATH } = require('../chromium');

function baseUrl() {
  const url = process.env.BASE_URL;
  if (!url) throw new Error('BASE_URL is not set: run this through `cargo xtask bench-ui` or `cargo xtask screenshot`.');
  return url.replace(/\/$/, '');
}

function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
}

/** Montreuil, 19, no diploma, young person without job or training, web development, 20 km. */
const MONTREUIL = {
  level: 'Sans diplôme', situation: 'Jeune de 16 à 25 ans sans emploi ni formation', age: 19,
  postcode: '93100', commune: 'Montreuil (93100)', radius: '20 km',
  interests: ['Développement web & mobile'],
};

/**
 * Answers the quiz with clicks up to the summary ("Vos réponses"), and returns the URL of that
 * summary: `/questionnaire#<profile>` reopens the quiz at its last step.
 */
async function answerToSummary(page, p) {
  const pick = (label) => page.getByLabel(label, { exact: true }).check();
  const next = async () => {
    const skip = page.getByRole('button', { name: 'Passer cette question' });
    if (await skip.isVisible()) await skip.click();
    else await page.getByRole('button', { name: 'Question suivante' }).click();
  };
  await page.goto(`${baseUrl()}/questionnaire`);
  await pick(p.level); await next();
  await pick(p.situation); await next();
  await page.getByLabel('Âge, en années').fill(String(p.age)); await next();
  await next(); // RQTH
  await next(); // gender
  await next(); // arrival in France
  await page.getByRole('combobox', { name: 'Code postal ou nom de la commune' }).fill(p.postcode);
  // Options read "Montreuil (93100) — Seine-Saint-Denis": match the start.
  const escaped = p.commune.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp('^' + escaped) }).click();
  await page.getByText(`Lieu choisi : ${p.commune}`).waitFor();
  if (p.radius) await pick(p.radius);
  await next();
  for (const i of p.interests || []) await pick(i);
  await next(); // interests
  await next(); // comfort
  await next(); // constraints
  await page.getByRole('heading', { name: 'Vos réponses' }).waitFor();
}

module.exports = { ARGS, baseUrl, launch, MONTREUIL, answerToSummary };
