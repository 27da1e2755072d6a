// The app shell: home, questionnaire entry, 404, language switch, keyboard, small screens,
// accessibility — at a phone size and a desktop size (see playwright.config.js projects).
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./a11y');
const { chooseLang } = require('./lang');

const HOME_TITLE_FR = 'Trouvez une formation au numérique près de chez vous';
const HOME_TITLE_EN = 'Find a digital-skills training near you';

test('home says what Aiguillage is, in French, and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Aiguillage/);
  await expect(page.getByRole('link', { name: 'Commencer le questionnaire' })).toBeVisible();
  await expect(page.getByText('Mission Locale', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the call to action leads to the questionnaire, which starts with the first question', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Commencer le questionnaire' }).click();
  // The first question is named in the address, in place (no extra history entry).
  await expect(page).toHaveURL(/\/questionnaire\?etape=diplome$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Questionnaire d'orientation");
  await expect(page.getByRole('heading', { level: 2, name: 'Quel est votre plus haut diplôme ?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a deep link to the questionnaire loads directly (history fallback)', async ({ page }) => {
  const response = await page.goto('/questionnaire');
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Questionnaire d'orientation");
});

test('an unknown address shows the 404 page, which leads home and passes axe', async ({ page }) => {
  await page.goto('/cette/page/nexiste/pas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page).toHaveTitle(/Page introuvable/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: "Retour à l'accueil" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR);
});

test('the language switch turns the page to English, updates <html lang>, and is remembered', async ({ page }) => {
  await page.goto('/');
  await chooseLang(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_EN);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Aiguillage — find a digital-skills training');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_EN);
  await chooseLang(page, 'Français');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE_FR);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('?lang=en opens the app in English', async ({ page }) => {
  await page.goto('/questionnaire?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orientation questionnaire');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Focus then continues inside the content, not back at the top of the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Commencer le questionnaire' })).toBeFocused();
});

for (const width of [320, 640]) {
  test(`no horizontal scrolling at ${width} CSS px wide (320 px phones, 200% zoom of 1280 px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    for (const path of ['/', '/questionnaire', '/introuvable']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
}
