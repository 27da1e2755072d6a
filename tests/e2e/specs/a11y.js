// Accessibility check shared by the specs: axe-core, WCAG 2.1 A and AA rules, zero violations.
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
  // A check that found nothing to check would pass for the wrong reason.
  expect(results.passes.length).toBeGreaterThan(0);
}

module.exports = { expectNoAxeViolations };
