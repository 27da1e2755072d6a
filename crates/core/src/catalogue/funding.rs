//! Cost and funding of a course: free, funded (by whom) or paying (at what price).

use serde::{Deserialize, Serialize};

/// Whether the person pays (values echo data.inclusion `frais` plus "financé").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FundingKind {
    /// Free for the person, no funding to apply for.
    Gratuit,
    /// Free for the person once a funder pays (France Travail, Région, CPF, Agefiph…).
    Finance,
    /// The person (or their employer) pays.
    Payant,
}

/// Who may pay for a training (LHEO `dict-financeurs` where a code exists).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Funder {
    /// France Travail (AIF, collective purchases). LHEO 4.
    FranceTravail,
    /// Conseil régional. LHEO 2.
    Region,
    /// Compte personnel de formation.
    Cpf,
    /// Agefiph (disability). LHEO 7.
    Agefiph,
    /// OPCO (employees). LHEO 16.
    Opco,
    /// The State (e.g. plan d'investissement dans les compétences).
    Etat,
    /// Transitions Pro (career change while employed).
    TransitionsPro,
    /// The employer (including work-study).
    Employeur,
    /// The learner themselves. LHEO 10.
    Beneficiaire,
    /// Another funder.
    Autre,
}

impl Funder {
    /// LHEO `dict-financeurs` code, where one exists.
    pub fn lheo_code(self) -> Option<u8> {
        match self {
            Self::Region => Some(2),
            Self::FranceTravail => Some(4),
            Self::Agefiph => Some(7),
            Self::Beneficiaire => Some(10),
            Self::Opco => Some(16),
            _ => None,
        }
    }
}

/// What a course costs the person and who can fund it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funding {
    /// Free, funded or paying.
    pub kind: FundingKind,
    /// Funders that can pay (may be empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funders: Vec<Funder>,
    /// Total price in euros (incl. VAT), when paying and known (LHEO `prix-total-TTC`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_eur: Option<u32>,
}

impl Funding {
    /// Costs the person nothing (free, or funded).
    pub fn is_free_for_person(&self) -> bool {
        matches!(self.kind, FundingKind::Gratuit | FundingKind::Finance)
    }
}
