// robots.txt is a real file of the build, not the history fallback's index.html (Lighthouse's
// SEO audit reads it; a crawler would otherwise get the app's HTML).
const { test, expect } = require('@playwright/test');

test('robots.txt is served as text and allows every crawler', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).not.toContain('<html');
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).toMatch(/^Allow: \/$/m);
});
