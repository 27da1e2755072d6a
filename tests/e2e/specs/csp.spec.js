// The Content-Security-Policy (written by `cargo xtask` into both pages after Trunk): every page
// and state of the journey, a framed page and the configurator run with zero violation, caught
// both as `securitypolicyviolation` events (in every frame) and as console errors. And the
// policy is really there and really enforced: an injected inline script is refused.
const { test, expect } = require('@playwright/test');
const { openResults } = require('./answer');

/** Records every CSP violation of every frame of the page, and the console's CSP errors. */
async function watchViolations(page) {
  const seen = [];
  await page.exposeFunction('__cspViolation', (v) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample} (${location.pathname})`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

async function expectPolicy(page) {
  const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(csp).toHaveCount(1);
  const content = await csp.getAttribute('content');
  expect(content).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(content).toContain("object-src 'none'");
  expect(content).not.toContain('unsafe-inline');
  expect(content).not.toContain('frame-ancestors');
}

test('the journey, a course page, a framed page and the configurator run without any CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await watchViolations(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectPolicy(page);
  const results = await openResults(page);
  await page.goto(results);
  await expect(page.locator('.results__count')).toContainText(/correspond/);
  const course = page.locator('.card__title a').first();
  await course.click();
  await expect(page).toHaveURL(/\/formation\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The app as a host frames it, with a host's colour (set as CSS properties, never a style attribute).
  await page.goto('/?cadre=1&territoire=dep:93&couleur=%23ffff00&nom=Seine-Saint-Denis&lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/integrer/');
  await expect(page.getByRole('heading', { level: 1, name: 'Intégrer Aiguillage sur votre site' })).toBeVisible();
  await expectPolicy(page);
  await page.getByRole('button', { name: 'Vandœuvre-lès-Nancy' }).click();
  await page.getByLabel('Code de la couleur principale (#rrvvbb)').fill('#ffff00');
  await page.getByLabel('Ajouter une commune (nom ou code INSEE)').fill('Montreuil');
  await expect(page.getByRole('button', { name: /^Montreuil \(93048\)$/ })).toBeVisible();
  // The preview frame (the app, framed) has loaded under the policy too.
  const frame = page.frameLocator('#apercu');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();

  expect(seen).toEqual([]);
});

test('the policy is enforced: an inline script injected into the page does not run', async ({ page }) => {
  const seen = await watchViolations(page);
  for (const path of ['/', '/integrer/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ran = await page.evaluate(() => {
      window.__injected = false;
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return window.__injected;
    });
    expect(ran).toBe(false);
    await expect.poll(() => seen.some((v) => v.startsWith('script-src'))).toBe(true);
    seen.length = 0;
  }
});
