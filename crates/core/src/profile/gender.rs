//! The person's answer about gender, asked only because some programmes are reserved for
//! women (audience `femmes`). Optional; "je préfère ne pas répondre" and "autre" are answers.

use serde::{Deserialize, Serialize};

/// How the person describes themself, for women-only programmes.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    /// A woman: women-only programmes are for her.
    Femme,
    /// A man: women-only programmes are not proposed.
    Homme,
    /// Another answer (non-binary…): women-only programmes are shown with "vérifiez auprès de
    /// l'organisme", as each programme sets its own rule.
    Autre,
    /// Rather not say (also: not answered): shown with the same warning.
    #[default]
    NePasDire,
}

impl Gender {
    /// Every answer, in quiz order.
    pub const ALL: [Gender; 4] = [Self::Femme, Self::Homme, Self::Autre, Self::NePasDire];
}
