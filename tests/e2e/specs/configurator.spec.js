// The configurator (/integrer, its own bundle): every control changes the snippet and the
// preview's address; a preset fills the form; the live contrast result; the copied snippet,
// pasted into a host page on another origin, frames the app with the preview's options; axe
// zero violations at phone and desktop sizes; the footer link of the app leads there.
const http = require('http');
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');

/**
 * A host page on another origin: a real server on `localhost` and a port of its own (the app is
 * on 127.0.0.1). A `page.route` page would do for the iframe snippet, but Chromium refuses a page
 * with no address to load `embed.js` from the loopback (Private Network Access: "the request
 * client is not a secure context and the resource is in more-private address space").
 */
async function hostServer(html) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

const SCRIPT = 'Code à coller (une ligne, la hauteur suit le contenu)';
const IFRAME = 'Code sans script, pour les sites qui retirent les scripts (hauteur fixe)';

/** The options of an address, decoded and sorted, without the preview's own `cadre=1`. */
function params(src) {
  const url = new URL(src);
  return [...url.searchParams.entries()].filter(([k]) => k !== 'cadre').sort();
}

async function open(page) {
  await page.goto('/integrer/');
  await expect(page.getByRole('heading', { level: 1, name: 'Intégrer Aiguillage sur votre site' })).toBeVisible();
}

/** The snippet and the preview's address now. */
async function state(page) {
  return {
    script: await page.getByLabel(SCRIPT).inputValue(),
    src: await page.locator('#apercu').getAttribute('src'),
  };
}

/** Does `act`, then waits until both the snippet and the preview's address have changed. */
async function expectChange(page, what, act) {
  const before = await state(page);
  await act();
  await expect.poll(async () => (await state(page)).script, { message: `${what}: snippet` }).not.toBe(before.script);
  await expect.poll(async () => (await state(page)).src, { message: `${what}: preview` }).not.toBe(before.src);
  const after = await state(page);
  // The preview shows what the snippet says: the same options.
  const unescape = (v) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const data = [...after.script.matchAll(/ data-([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, unescape(v)]).sort();
  expect(params(after.src), `${what}: preview and snippet agree`).toEqual(data);
}

test('every control changes the snippet and the preview, which agree', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  const start = await state(page);
  expect(start.script).toMatch(/^<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);
  expect(start.src).toMatch(/\/\?cadre=1$/);

  await expectChange(page, 'department', () => page.getByLabel('Ajouter un département').selectOption('93'));
  expect((await state(page)).script).toContain('data-territoire="dep:93"');
  await expectChange(page, 'second department', () => page.getByLabel('Ajouter un département').selectOption('59'));
  expect((await state(page)).script).toContain('data-territoire="dep:93,59"');
  await expectChange(page, 'whole of France', () => page.getByLabel('Ajouter un département').selectOption({ label: 'Toute la France' }));
  expect((await state(page)).script).not.toContain('data-territoire');

  const commune = page.getByLabel('Ajouter une commune (nom ou code INSEE)');
  await commune.fill('Montreuil');
  await expectChange(page, 'commune by name', () => page.getByRole('button', { name: /^Montreuil \(93048\)$/ }).click());
  await commune.fill('54547');
  await expectChange(page, 'commune by INSEE code', () => page.getByRole('button', { name: 'Vandœuvre-lès-Nancy (54547)' }).click());
  expect((await state(page)).script).toContain('data-territoire="com:93048,54547"');
  await expectChange(page, 'removing a commune', () => page.getByRole('button', { name: 'Retirer Montreuil' }).click());
  expect((await state(page)).script).toContain('data-territoire="com:54547"');

  const name = page.getByLabel('Nom de votre structure');
  await expectChange(page, 'name', () => name.fill('Ville de "Test" & Cie'));
  expect((await state(page)).script).toContain('data-nom="Ville de &quot;Test&quot; &amp; Cie"');
  // Markup is never a name: the app would ignore it, the field says so, the snippet drops it.
  await name.fill('Ville <b>de</b> Test');
  await expect(page.locator('#nom-erreur')).not.toBeEmpty();
  await expect.poll(async () => (await state(page)).script).not.toContain('data-nom');
  await expectChange(page, 'name again', () => name.fill('Vandœuvre-lès-Nancy'));
  await expectChange(page, 'logo', () => page.getByLabel('Adresse de votre logo').fill('https://hote.example/logo.png'));

  const hex = page.getByLabel('Code de la couleur principale (#rrvvbb)');
  await expectChange(page, 'colour code', () => hex.fill('#ffff00'));
  await expect(page.locator('#couleur-resultat')).toHaveText(
    /^Couleur assombrie de #ffff00 en #[0-9a-f]{6} pour un contraste de \d+,\d\u00a0:\u00a01 \(au lieu de 1,0\u00a0:\u00a01\)\.$/,
  );
  await expectChange(page, 'colour picker', () => page.getByLabel('Choisir la couleur principale').fill('#005a9c'));
  await expect(hex).toHaveValue('#005a9c');
  await expect(page.locator('#couleur-resultat')).toHaveText(/^Contraste de 7,\d\u00a0:\u00a01 avec la couleur du texte/);
  await expectChange(page, 'text colour', () => page.getByLabel('Code de la couleur du texte (#rrvvbb)').fill('#fffff0'));
  await expectChange(page, 'language', () => page.getByLabel("Langue d'Aiguillage").selectOption('facile'));
  await expectChange(page, 'domain', () => page.getByLabel('data & IA').check());
  expect((await state(page)).script).toContain('data-domaines="data-ia"');
  await expectChange(page, 'start page', () => page.getByLabel('Directement le questionnaire').check());
  expect((await state(page)).script).toContain('data-depart="questionnaire"');

  // A value the app would refuse is said at its field, and is not in the snippet.
  await page.getByLabel('Adresse de votre logo').fill('http://hote.example/logo.png');
  await expect(page.locator('#logo-erreur')).not.toBeEmpty();
  await expect.poll(async () => (await state(page)).script).not.toContain('data-logo');
});

test('a preset fills the form: territory and name, nothing invented', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Vandœuvre-lès-Nancy' }).click();
  await expect(page.getByLabel('Nom de votre structure')).toHaveValue('Vandœuvre-lès-Nancy');
  await expect(page.getByLabel('Adresse de votre logo')).toHaveValue('');
  await expect(page.getByLabel('Code de la couleur principale (#rrvvbb)')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Retirer Vandœuvre-lès-Nancy' })).toBeVisible();
  await expect.poll(async () => (await state(page)).script).toContain('data-territoire="com:54547" data-nom="Vandœuvre-lès-Nancy"');

  await page.getByRole('button', { name: 'Seine-Saint-Denis (Le Grand Numérique)' }).click();
  await expect(page.getByRole('button', { name: /^Retirer/ })).toHaveCount(1);
  await expect.poll(async () => (await state(page)).script).toContain('data-territoire="dep:93" data-nom="Seine-Saint-Denis"');

  await page.getByRole('button', { name: 'Maubeuge Val de Sambre' }).click();
  await expect(page.getByRole('button', { name: /^Retirer/ })).toHaveCount(43);
  await expect(page.getByRole('button', { name: 'Retirer Maubeuge' })).toBeVisible();
  await expect.poll(async () => (await state(page)).src).toContain('territoire=com:59392,');

  await page.getByRole('button', { name: 'Marseille' }).click();
  await expect.poll(async () => (await state(page)).script).toContain('data-territoire="com:13055"');
  await page.getByRole('button', { name: 'Saint-Étienne' }).click();
  await expect.poll(async () => (await state(page)).script).toContain('data-territoire="com:42218"');
});

for (const kind of ['script', 'iframe']) {
  test(`the copied ${kind} snippet, pasted into a host page on another origin, frames the preview's options`, async ({ page, context, baseURL }) => {
    await open(page);
    await page.getByRole('button', { name: 'Seine-Saint-Denis (Le Grand Numérique)' }).click();
    await page.getByLabel('Code de la couleur principale (#rrvvbb)').fill('#ffff00');
    await page.getByLabel('data & IA').check();
    await page.getByLabel("Langue d'Aiguillage").selectOption('en');
    const wanted = 'data-domaines="data-ia"';
    await expect.poll(async () => (await state(page)).script).toContain(wanted);
    await expect.poll(async () => (await state(page)).src).toContain('domaines=data-ia');
    const preview = (await state(page)).src;

    await page.getByRole('button', { name: kind === 'script' ? 'Copier le code' : 'Copier le code sans script', exact: true }).click();
    await expect(page.getByText(/^(Code copié\.|Le code est sélectionné)/).first()).toBeVisible();
    const snippet = await page.getByLabel(kind === 'script' ? SCRIPT : IFRAME).inputValue();
    expect(snippet).toContain(baseURL.replace(/\/$/, ''));

    const server = await hostServer(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body><main><h1>Mairie</h1>${snippet}</main></body></html>`,
    );
    const host = await context.newPage();
    await host.goto(server.url);
    expect(new URL(host.url()).origin).not.toBe(new URL(baseURL).origin);
    const frame = host.locator('iframe');
    await expect(frame).toHaveCount(1);
    await expect(frame).toHaveAttribute('title', /^Aiguillage\s:\strouver une formation/);
    const src = await frame.getAttribute('src');
    expect(new URL(src).origin).toBe(new URL(preview).origin);
    expect(params(src)).toEqual(params(preview));
    // The framed app started with those options (in English, as asked).
    await expect(host.frameLocator('iframe').locator('html')).toHaveAttribute('lang', 'en');
    await host.close();
    await server.close();
  });
}

test('the configurator has no axe violation, with a preset, an adjusted colour and suggestions shown', async ({ page }) => {
  await open(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Maubeuge Val de Sambre' }).click();
  await page.getByLabel('Code de la couleur principale (#rrvvbb)').fill('#ffff00');
  await page.getByLabel('Ajouter une commune (nom ou code INSEE)').fill('Saint-Étienne');
  await expect(page.getByRole('button', { name: 'Saint-Étienne (42218)' })).toBeVisible();
  await page.getByRole('button', { name: 'Ordinateur' }).click();
  await expect(page.getByRole('button', { name: 'Ordinateur' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  // No horizontal scrolling at the phone's width either.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel('Code de la couleur principale (#rrvvbb)').fill('rouge');
  await expect(page.locator('#couleur-resultat')).toHaveText(/^Ce n'est pas un code couleur/);
  await expectNoAxeViolations(page);
});

test('the page is in English on demand, and the app footer links to it with a full page load', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Intégrer Aiguillage sur votre site' });
  await expect(link).toHaveAttribute('rel', 'external');
  await link.click();
  await expect(page).toHaveURL(/\/integrer\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Intégrer Aiguillage sur votre site' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Embed Aiguillage on your website' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  // Without the slash too (a directory index, as static hosts serve it).
  await page.goto('/integrer');
  await expect(page.getByRole('heading', { level: 1, name: 'Intégrer Aiguillage sur votre site' })).toBeVisible();
});
