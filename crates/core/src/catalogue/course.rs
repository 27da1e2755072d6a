//! Courses (LHEO `formation` + `action`): what is taught, to whom, how, at what cost.

use super::{Audience, Funding, HttpUrl};
use crate::date::Date;
use crate::profile::{Domain, EducationLevel, Modality, Rhythm};
use serde::{Deserialize, Serialize};

/// A step of the selection process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SelectionStep {
    /// No selection: first come, first served.
    Aucune,
    /// Information meeting (information collective).
    InformationCollective,
    /// Application file.
    Dossier,
    /// Written or online tests.
    Tests,
    /// Interview.
    Entretien,
}

/// A training course. Optional facts are `None` when the source does not say:
/// the UI shows "à vérifier auprès de l'organisme", never a guess.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Course {
    /// Unique id within the catalogue.
    pub id: String,
    /// Provider id.
    pub provider: String,
    /// Title (LHEO `intitule-formation`).
    pub title: String,
    /// Short summary (LHEO `objectif-formation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Digital domains taught (at least one).
    pub domains: Vec<Domain>,
    /// ROME job codes (`M1805`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rome_codes: Vec<String>,
    /// RNCP certification code (`RNCP37674`), when certifying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rncp_code: Option<String>,
    /// European level (1–8) of the certification obtained (LHEO `code-niveau-sortie`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certification_level: Option<u8>,
    /// Minimum level to enter; `sans-diplome` = no diploma required; `None` = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_level: Option<EducationLevel>,
    /// Other entry requirements in words (LHEO `conditions-specifiques`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prerequisites: Option<String>,
    /// Minimum age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    /// Maximum age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    /// Audiences the course is reserved to; empty = open to all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reserved_for: Vec<Audience>,
    /// Teaching modality; `None` = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// Possible rhythms; empty = unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rhythms: Vec<Rhythm>,
    /// Total hours (LHEO `nombre-heures-total`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_hours: Option<u32>,
    /// Length in weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_weeks: Option<u32>,
    /// Cost and funding; `None` = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding: Option<Funding>,
    /// Trainees can be paid during the course (rémunération); `None` = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remuneration: Option<bool>,
    /// Selection process; empty = unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub selection: Vec<SelectionStep>,
    /// Jobs the course leads to, in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_jobs: Vec<String>,
    /// Where the facts come from.
    pub source_url: HttpUrl,
    /// When a person last checked the facts against the source.
    pub verified_on: Date,
}
