// Shared by the specs: the header's language menu, a native <details> disclosure
// ("Langue : Français") holding one button per language, each named in its own language.
const { expect } = require('@playwright/test');

/** The menu (the <details> element). */
const langMenu = (page) => page.locator('details.lang-menu');

/** Opens the menu if it is closed and chooses `name` ("Français", "Français facile", "English"). */
async function chooseLang(page, name) {
  const menu = langMenu(page);
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  await menu.getByRole('button', { name, exact: true }).click();
  await expect(menu).not.toHaveAttribute('open', /.*/);
}

module.exports = { chooseLang, langMenu };
