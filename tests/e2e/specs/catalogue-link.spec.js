// Security (issue 10, item 1): a link on our address must never load a catalogue from another
// site. `?catalogue=` tricks that the URL parser turns into another host (tab, LF, CR, `//host`,
// encoded slashes and backslashes, other schemes, userinfo) are refused with a message, and the
// bundled catalogue is used; no request ever leaves for the other host.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { openResults } = require('./answer');

const CRAFTED = [
  '/%09/other-host.example/c.json',
  '/%0A/other-host.example/c.json',
  '/%0D/other-host.example/c.json',
  '//other-host.example/c.json',
  '/%2Fother-host.example/c.json',
  '/%5Cother-host.example/c.json',
  'https://other-host.example/c.json',
  '//user@other-host.example/c.json',
];

test('crafted ?catalogue= links are refused, said so, and the bundled catalogue gives the results', async ({ page }) => {
  const results = await openResults(page);
  const hash = new URL(results).hash;
  const foreign = [];
  page.on('request', (r) => { if (new URL(r.url()).host.includes('other-host')) foreign.push(r.url()); });
  for (const value of CRAFTED) {
    await page.goto(`/resultats?catalogue=${value}${hash}`);
    await expect(page.locator('.shell-notice')).toContainText('il a été ignoré', { timeout: 10_000 });
    await expect(page.locator('.results__count')).toContainText(/correspond/);
    await expect(page.locator('.results__list .card').first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
  expect(foreign, 'requests to another host').toEqual([]);
});

test('a same-origin ?catalogue= path is still used, with no refusal', async ({ page }) => {
  const results = await openResults(page);
  const hash = new URL(results).hash;
  let asked = 0;
  await page.route((url) => url.pathname === '/shell-test/catalogue.json', async (route) => {
    asked += 1;
    const original = await page.request.get('/data/catalogue.json');
    await route.fulfill({ response: original });
  });
  await page.goto(`/resultats?catalogue=/shell-test/catalogue.json${hash}`);
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  await expect(page.locator('.shell-notice')).toHaveText('');
  expect(asked).toBe(1);
});
