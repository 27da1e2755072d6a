// The README's screenshot: the results page for a real persona (Montreuil, 19, no diploma,
// web development, 20 km) at phone size (412 px wide, device scale factor 1), from the top of the
// page to the end of the first result card (the filters and notices now fill the first screen).
// Run by `cargo xtask screenshot`, which builds the release, serves it and sets BASE_URL,
// CHROMIUM_PATH and the output path (first argument, default ../../docs/screenshot-resultats.png).
const path = require('node:path');
const { launch, MONTREUIL, answerToSummary } = require('./common');

(async () => {
  const out = path.resolve(process.argv[2] || path.join(__dirname, '../../../docs/screenshot-resultats.png'));
  const browser = await launch();
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 412, height: 915 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await answerToSummary(page, MONTREUIL);
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await page.locator('.card').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  const card = await page.locator('.card').first().boundingBox();
  const height = Math.ceil(card.y + card.height + 16);
  await page.screenshot({
    path: out, fullPage: true, clip: { x: 0, y: 0, width: 412, height }, animations: 'disabled', caret: 'hide',
  });
  console.log(`wrote ${out}`);
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
