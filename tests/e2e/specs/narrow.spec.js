// Issue 9 item 2 and issue 10 item 9 (UI part): at 320 and 360 CSS px no page or state scrolls
// sideways, even when every place, help place, provider and course carries the longest real
// e-mail, URL, street and name of the bundled catalogue (picked here, programmatically); text
// from the catalogue is isolated and clipped, so a "Zalgo" title never draws over the header.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');
const { expectNoAxeViolations } = require('./a11y');
const { MONTREUIL, openResults } = require('./answer');

const BUNDLED = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', '..', 'public', 'data', 'catalogue.json'), 'utf8'));

/** The longest string found under `key` anywhere in `value` (or matching `keep`). */
function longest(value, keep) {
  let best = '';
  const walk = (v, key) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
    else if (typeof v === 'string' && keep(key, v) && v.length > best.length) best = v;
  };
  walk(value, '');
  return best;
}

const LONGEST = {
  email: longest(BUNDLED, (k) => k === 'email'),
  url: longest(BUNDLED, (k, v) => /^https?:\/\//.test(v)),
  street: longest(BUNDLED, (k) => k === 'street'),
  phone: longest(BUNDLED, (k) => k === 'phone'),
  name: longest(BUNDLED, (k) => k === 'name'),
  title: longest(BUNDLED, (k) => k === 'title'),
};

/** The bundled catalogue with the longest texts everywhere; a few help places moved to Montreuil
 * (where the journey below lives) so that the help panel shows one with its contact. */
function withLongestTexts(title = LONGEST.title) {
  const c = JSON.parse(JSON.stringify(BUNDLED));
  const contact = { email: LONGEST.email, url: LONGEST.url, phone: LONGEST.phone };
  for (const p of [...c.places, ...c.help_places]) {
    p.contact = { ...contact };
    p.address = { ...p.address, street: LONGEST.street };
    p.name = LONGEST.name;
  }
  for (const h of c.help_places.slice(0, 3)) {
    Object.assign(h, { latitude: 48.8611, longitude: 2.4436 });
    h.address = { ...h.address, insee_code: '93048', postcode: '93100', city: 'Montreuil' };
  }
  for (const p of c.providers) { p.website = LONGEST.url; p.name = LONGEST.name; }
  for (const course of c.courses) { course.source_url = LONGEST.url; course.title = title; }
  return c;
}

async function serveCatalogue(page, catalogue) {
  await page.route('**/data/catalogue.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(catalogue),
  }));
}

async function expectNoSideScroll(page, what) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${what}`).toBeLessThanOrEqual(0);
  // Nothing sticks out either (an ancestor that clips would hide it from the check above).
  const out = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`);
  });
  expect(out, `elements wider than the screen on ${what}`).toEqual([]);
}

const STEPS = ['diplome', 'situation', 'age', 'rqth', 'lieu', 'interets', 'aisance', 'contraintes', 'recapitulatif'];

test('the longest texts of the catalogue are really long ones (the test below is not vacuous)', () => {
  expect(LONGEST.email.length).toBeGreaterThan(40);
  expect(LONGEST.url.length).toBeGreaterThan(80);
  expect(LONGEST.street.length).toBeGreaterThan(30);
});

for (const width of [320, 360]) {
  test(`no page or state scrolls sideways at ${width} px, with the longest catalogue texts`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    await serveCatalogue(page, withLongestTexts());

    await page.goto('/');
    await expectNoSideScroll(page, 'home');
    // A beginner, so that a digital-mediation place (with its contact) is among who can help.
    const results = await openResults(page, { ...MONTREUIL, beginner: true });
    for (const step of STEPS) {
      await page.goto(`/questionnaire?etape=${step}`);
      await expect(page.locator('.quiz__panel h2').first()).toBeVisible();
      await expectNoSideScroll(page, `quiz step ${step}`);
    }
    await page.getByRole('button', { name: 'Toutes les questions sur une page' }).click().catch(() => {});
    await expectNoSideScroll(page, 'quiz, all questions on one page');

    await page.goto(results);
    await expect(page.locator('.results__list .card').first()).toBeVisible();
    await expect(page.locator('.help__item').first()).toBeVisible();
    await expectNoSideScroll(page, 'results');
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expectNoSideScroll(page, 'results, link copied');
    // Other languages have longer labels (easy French's sort options pushed the page to 398 px).
    for (const lang of ['facile', 'en']) {
      const u = new URL(results);
      await page.goto(`${u.pathname}?lang=${lang}${u.hash}`);
      await expect(page.locator('.results__list .card').first()).toBeVisible();
      await expectNoSideScroll(page, `results in ${lang}`);
    }
    await page.goto(`${new URL(results).pathname}?lang=fr${new URL(results).hash}`);
    await expect(page.locator('.results__list .card').first()).toBeVisible();

    await page.locator('.results__list .card a').first().click();
    await expect(page).toHaveURL(/\/formation\//);
    await expect(page.getByText(LONGEST.email).first()).toBeVisible();
    await expectNoSideScroll(page, 'course page');

    for (const [what, address] of [
      ['not found', '/introuvable/avec/un/tres/long/chemin'],
      ['results without a profile', '/resultats'],
      ['results with a damaged link', '/resultats#1<oops>'],
      ['quiz with a damaged link', '/questionnaire#1<oops>'],
      ['a refused ?catalogue= link', `/resultats?catalogue=//other-host.example/c.json${new URL(results).hash}`],
    ]) {
      await page.goto(address);
      await expectNoSideScroll(page, what);
    }

    await page.unroute('**/data/catalogue.json');
    await page.route('**/data/catalogue.json', (route) => route.abort('internetdisconnected'));
    await page.goto(results);
    await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
    await expectNoSideScroll(page, 'results, catalogue failed to load');
    await expectNoAxeViolations(page);
  });
}

test('a "Zalgo" title with hundreds of combining marks and a bidi override never draws over the header', async ({ page }) => {
  // Marks stacked on one letter (what makes a title tall), after a right-to-left override; under
  // core's 200-character limit for titles, so that the course is not dropped for its length.
  const above = '\u030d\u030e\u0304\u0305\u033f\u0311\u0306\u0310\u0352\u0357\u0351\u0307\u0308\u030a\u0342\u0343\u0344\u034a\u034b\u034c';
  const zalgo = '\u202Egpj.exe Zalgo Z' + above.repeat(9);
  // The header as drawn with the ordinary catalogue, then with the hostile title.
  await serveCatalogue(page, withLongestTexts());
  const results = await openResults(page);
  const course = await page.locator('.results__list .card a').first().getAttribute('href');
  await page.goto(course);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const header = page.locator('header.site-header');
  const clean = await header.screenshot();

  await page.unroute('**/data/catalogue.json');
  await serveCatalogue(page, withLongestTexts(zalgo));
  await page.goto(course);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hostile = await header.screenshot();
  expect(hostile.equals(clean), 'the header is drawn the same with a Zalgo course title').toBe(true);
  await expectNoSideScroll(page, 'course page with a Zalgo title');

  await page.goto(results);
  await expect(page.locator('.results__list .card').first()).toBeVisible();
  const title = page.locator('.card__title').first();
  expect(await title.evaluate((el) => getComputedStyle(el).overflow)).toBe('clip');
  expect(await page.locator('main a').first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
});
