// Facts read from the bundled catalogue (public/data/catalogue.json), shared by the specs.
const fs = require('fs');
const path = require('path');

/** The bundled catalogue's national networks (`help_networks`), by kind. */
function networkLocator(kind) {
  const file = path.join(__dirname, '..', '..', '..', 'public', 'data', 'catalogue.json');
  const catalogue = JSON.parse(fs.readFileSync(file, 'utf8'));
  const network = (catalogue.help_networks || []).find((n) => n.kind === kind);
  if (!network) throw new Error(`no ${kind} in help_networks of ${file}`);
  return network.locator_url;
}

module.exports = { networkLocator };
