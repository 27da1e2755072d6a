// Issue 13, item 3: the check page for webmasters (/verifier, its own bundle). A good file, a
// broken file (each issue in the table with its record and field, in the three languages), a
// file that is not JSON (line and column), the downloaded report's content, an address of this
// site, a server that refuses other origins (CORS: the header to add), a 404, a server that does
// not answer, keyboard use, and axe-core at zero violations in each state (phone and desktop:
// the two projects of playwright.config.js). Nothing is sent anywhere but the GETs asked for.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

test.describe.configure({ timeout: 60_000 });

const FEED_HOST = 'https://flux.ville-exemple.test';

/** One provider, one place in Montreuil, one course with one session, one help place. */
const GOOD = {
  schema_version: 1,
  name: 'Formations de la ville exemple',
  publisher: 'Ville exemple',
  generated_on: '2026-11-03',
  providers: [{ id: 'asso', name: 'Association exemple du numérique' }],
  places: [{
    id: 'site', provider: 'asso', name: 'Tiers-lieu exemple',
    address: { street: '1 rue de l’Exemple', postcode: '93100', city: 'Montreuil', insee_code: '93048' },
    latitude: 48.8638, longitude: 2.4485, coordinates_precision: 'commune',
  }],
  courses: [{
    id: 'dev-web', provider: 'asso', title: 'Atelier exemple de développement web',
    domains: ['developpement-web-mobile'], modality: 'presentiel', funding: { kind: 'gratuit' },
    source_url: 'https://flux.ville-exemple.test/formations/dev-web', verified_on: '2026-11-03',
  }],
  sessions: [{ id: 's1', course: 'dev-web', place: 'site', intake: 'a-confirmer' }],
  help_places: [{
    id: 'ml', kind: 'mission-locale', name: 'Mission Locale exemple',
    address: { postcode: '93100', city: 'Montreuil', insee_code: '93048' },
    latitude: 48.8612, longitude: 2.4431, coordinates_precision: 'exact',
  }],
};

/** The good file with a session whose start is no date and a course with no title. */
const BROKEN = {
  ...GOOD,
  courses: [...GOOD.courses, { ...GOOD.courses[0], id: 'sans-titre', title: undefined }],
  sessions: [...GOOD.sessions, { id: 's2', course: 'dev-web', place: 'site', intake: 'dates-fixes', start: '2027-13-01' }],
};

async function open(page) {
  await page.goto('/verifier/');
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier un catalogue de formations' })).toBeVisible();
}

async function chooseFile(page, name, text) {
  await page.getByLabel('Fichier du catalogue (JSON)').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text),
  });
}

/** The counts table's row for `label`: [kept, refused]. */
async function counts(page, label) {
  const row = page.getByRole('row', { name: new RegExp(`^${label} `) });
  return row.getByRole('cell').allTextContents();
}

test('the app footer leads to the check page, a page of its own in French', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Vérifier un catalogue de formations' });
  await expect(link).toHaveAttribute('href', '/verifier/');
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier un catalogue de formations' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Its policy lets it fetch https addresses, never plain http.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self' https:;");
  await expect(page.getByRole('link', { name: 'Intégrer Aiguillage sur votre site' })).toHaveAttribute('href', '/integrer/');
  await expectNoAxeViolations(page);
  // The configurator links here too.
  await page.goto('/integrer/');
  await expect(page.getByRole('link', { name: /^Vérifier un catalogue de formations/ })).toHaveAttribute('href', '/verifier/');
});

test('a good file: the counts, no issue, what three sample people would see', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const csp = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text()); });
  await open(page);
  await chooseFile(page, 'ville.json', JSON.stringify(GOOD));
  const heading = page.getByRole('heading', { level: 2, name: 'Résultat pour ville.json' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText('Publié par\u00a0: Ville exemple')).toBeVisible();
  expect(await counts(page, 'Formations')).toEqual(['1', '0']);
  expect(await counts(page, 'Sessions')).toEqual(['1', '0']);
  expect(await counts(page, "Lieux d'aide")).toEqual(['1', '0']);
  await expect(page.getByText('Aucun problème\u00a0: toutes les fiches sont gardées.')).toBeVisible();
  await expect(page.getByText(/^Trois personnes types habitant Montreuil \(code INSEE 93048\)/)).toBeVisible();
  const people = page.locator('.verifier__people li');
  await expect(people).toHaveCount(3);
  // The young jobseeker finds the course and the Mission Locale.
  await expect(people.first()).toHaveText(/^Une personne de 20 ans.*formations trouvées\s:\s1, à moins de 20\skm.*lieux d'aide proposés\s:\s1$/);
  await expectNoAxeViolations(page);
  // The file was read here: no request carried it anywhere.
  expect(requests.filter((u) => !/\/verifier\/|\/data\/|favicon/.test(u))).toEqual([]);
  expect(csp).toEqual([]);
});

test('a broken file: every issue in the table with its record and field, in each language', async ({ page }) => {
  await open(page);
  await chooseFile(page, 'casse.json', JSON.stringify(BROKEN));
  await expect(page.getByRole('heading', { level: 2, name: 'Résultat pour casse.json' })).toBeFocused();
  expect(await counts(page, 'Formations')).toEqual(['1', '1']);
  expect(await counts(page, 'Sessions')).toEqual(['1', '1']);
  await expect(page.getByRole('heading', { level: 3, name: /Problèmes trouvés\s:\s2/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Chaque problème, avec sa fiche et son champ' });
  const session = table.getByRole('row', { name: /sessions\[1\]/ });
  await expect(session.getByRole('cell').nth(0)).toHaveText('sessions[1] (id « s2 »)');
  await expect(session.getByRole('cell').nth(1)).toHaveText('start');
  await expect(session.getByRole('cell').nth(2)).toContainText('2027-13-01');
  const course = table.getByRole('row', { name: /courses\[1\]/ });
  await expect(course.getByRole('cell').nth(0)).toHaveText('courses[1] (id « sans-titre »)');
  await expect(course.getByRole('cell').nth(1)).toHaveText('title');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 3, name: 'Issues found: 2' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'sessions[1] (id "s2")' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Français facile' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier une liste de formations' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Retirées' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a file that is not JSON: the line and column where it breaks', async ({ page }) => {
  await open(page);
  await chooseFile(page, 'oops.json', '{\n  "schema_version": 1,\n  oops\n}');
  await expect(page.getByRole('heading', { level: 2, name: "Le catalogue n'a pas pu être lu" })).toBeFocused();
  await expect(page.locator('.verifier__failure')).toContainText(/ligne 3.*colonne 3/);
  await expectNoAxeViolations(page);
});

test('the downloaded report holds the counts, the sample people and every issue; by keyboard', async ({ page }) => {
  await open(page);
  await chooseFile(page, 'casse.json', JSON.stringify(BROKEN));
  await expect(page.getByRole('heading', { level: 2, name: 'Résultat pour casse.json' })).toBeFocused();
  // From the focused result, the next Tab is the download button; Enter downloads.
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: 'Télécharger le rapport (texte)' });
  await expect(button).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('rapport-catalogue.txt');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\ufeffRapport de vérification d')).toBe(true);
  expect(text).toContain('Source\u00a0: casse.json\r\n');
  expect(text).toContain('\r\nFormations\t1\t1\r\n');
  expect(text).toContain('\r\nSessions\t1\t1\r\n');
  expect(text).toContain('Problèmes trouvés\u00a0: 2\r\n');
  expect(text).toMatch(/\r\n- sessions\[1\] \(id « s2 »\), champ `start`\u00a0: [^\r\n]*2027-13-01/);
  expect(text).toMatch(/\r\n- courses\[1\] \(id « sans-titre »\), champ `title`\u00a0: /);
  expect(text).toMatch(/\r\n- Une personne de 20 ans[^\r\n]*formations trouvées\u00a0: 1/);
});

test('an address of this site, typed and sent with the keyboard: the bundled catalogue', async ({ page }) => {
  await open(page);
  const field = page.getByLabel('Adresse du catalogue');
  await field.focus();
  await page.keyboard.type('http://exemple.fr/f.json');
  await page.keyboard.press('Enter');
  await expect(page.locator('#adresse-erreur')).toContainText("« http://exemple.fr/f.json » n'est ni une adresse https://");
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await field.fill('');
  await page.keyboard.type('/data/catalogue.json');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Résultat pour /data/catalogue.json' })).toBeFocused();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.verifier__people li')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('a server that refuses other origins: says CORS and shows the header to add', async ({ page }) => {
  let calls = 0;
  await page.route(`${FEED_HOST}/**`, (route) => {
    calls += 1;
    // Playwright does not apply CORS to the responses it fulfils (a fulfilled body reaches the
    // page whatever its headers), so the refusal is played as what the page sees: the first,
    // CORS-mode fetch rejects (as `route.abort` makes it, like feeds.spec.js). The page's second,
    // no-cors request is answered: the server is there, only the CORS read was refused.
    if (calls === 1) return route.abort('accessdenied');
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(GOOD) });
  });
  await open(page);
  await page.getByLabel('Adresse du catalogue').fill(`${FEED_HOST}/formations.json`);
  await page.getByRole('button', { name: 'Vérifier cette adresse' }).click();
  await expect(page.locator('.verifier__failure')).toContainText('Le serveur flux.ville-exemple.test répond, mais n');
  await expect(page.locator('.verifier__failure')).toContainText('CORS');
  const origin = new URL(page.url()).origin;
  const headers = page.locator('.verifier__header');
  await expect(headers).toHaveText(['Access-Control-Allow-Origin: *', `Access-Control-Allow-Origin: ${origin}`]);
  expect(calls).toBe(2);
  await expectNoAxeViolations(page);
});

test('a server that answers 404, then one that does not answer at all', async ({ page }) => {
  await page.route(`${FEED_HOST}/**`, (route) => {
    if (new URL(route.request().url()).pathname === '/absent.json') {
      return route.fulfill({ status: 404, body: 'Not found', headers: { 'Access-Control-Allow-Origin': '*' } });
    }
    // Nothing answers: both the CORS fetch and the no-cors probe fail.
    return route.abort('addressunreachable');
  });
  await open(page);
  const field = page.getByLabel('Adresse du catalogue');
  await field.fill(`${FEED_HOST}/absent.json`);
  await field.press('Enter');
  await expect(page.locator('.verifier__failure')).toHaveText(/^Le serveur répond 404\s:/);
  await expect(page.locator('.verifier__header')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await field.fill(`${FEED_HOST}/panne.json`);
  await field.press('Enter');
  await expect(page.locator('.verifier__failure')).toHaveText(/^Le serveur ne répond pas\s:/);
  await expect(page.locator('.verifier__header')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
