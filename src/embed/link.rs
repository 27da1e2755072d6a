//! Links that leave Aiguillage (a provider's site, a map, an official locator): in a host's page
//! they open in a new tab, since the sites they lead to often refuse to be framed and the person
//! would lose the host's page; full page, they open in place like any link.

use super::framed;

/// The `target` of a link leaving Aiguillage: `_blank` when framed (with `rel="noopener"`,
/// which every such link carries), none otherwise.
pub fn target() -> Option<&'static str> {
    framed().then_some("_blank")
}
