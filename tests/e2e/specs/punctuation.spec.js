// Punctuation per language on a help panel: French « Téléphone : … » with a non-breaking space
// (U+00A0) before the colon, English "Phone: …" with no space before it. Read from the DOM text
// itself: Playwright's text matchers fold U+00A0 into a space and could not tell them apart.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { openResults } = require('./answer');
const { chooseLang } = require('./lang');

// A beginner in Saint-Étienne: the nearest digital-mediation place of the bundled catalogue has
// a phone number, an e-mail address and opening hours.
const SAINT_ETIENNE = {
  level: 'Sans diplôme', situation: 'Autre situation', age: 41,
  postcode: '42000', commune: 'Saint-Étienne (42000)', beginner: true,
};

/** The text of the help panel's contact lines and hours (phone, e-mail, hours). */
async function contactLines(page) {
  const lines = page.locator('section.help .contact li, section.help .help__hours');
  await expect(lines.first()).toBeVisible();
  return lines.evaluateAll((els) => els.map((e) => e.textContent));
}

test('French puts a non-breaking space before the colon, English none: « Téléphone : » and "Phone:"', async ({ page }) => {
  test.slow(); // a whole quiz and three axe-core runs
  await openResults(page, SAINT_ETIENNE);
  const fr = await contactLines(page);
  expect(fr.some((t) => t.startsWith('Téléphone\u00a0: '))).toBe(true);
  expect(fr.some((t) => t.startsWith('Courriel\u00a0: '))).toBe(true);
  expect(fr.some((t) => t.startsWith('Horaires\u00a0: '))).toBe(true);
  // No label glued with an ordinary space (the old " : ").
  for (const t of fr) expect(t, t).not.toMatch(/^[^:]* :/);
  await expectNoAxeViolations(page);

  // Other languages are files fetched when chosen: wait until the panel shows their words, or the
  // lines read would still be the previous language's (a race seen once in CI).
  await chooseLang(page, 'English');
  await expect.poll(async () => (await contactLines(page)).some((t) => t.startsWith('Phone'))).toBe(true);
  const en = await contactLines(page);
  expect(en.some((t) => /^Phone: \S/.test(t))).toBe(true);
  expect(en.some((t) => /^Email: \S/.test(t))).toBe(true);
  expect(en.some((t) => /^Opening hours: \S/.test(t))).toBe(true);
  for (const t of en) expect(t, t).not.toMatch(/\s:/);
  await expectNoAxeViolations(page);

  await chooseLang(page, 'Français facile');
  await expect.poll(async () => (await contactLines(page)).some((t) => t.startsWith('Adresse mail'))).toBe(true);
  const easy = await contactLines(page);
  expect(easy.some((t) => t.startsWith('Téléphone\u00a0: '))).toBe(true);
  expect(easy.some((t) => t.startsWith('Adresse mail\u00a0: '))).toBe(true);
  await expectNoAxeViolations(page);
});
