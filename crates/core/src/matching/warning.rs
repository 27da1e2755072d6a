//! What to check about a session ([`Warning`]), and the course facts a source may not give
//! ([`Fact`]). Its own file: eligibility and explanations both use it, and each other only one way.

use crate::catalogue::{Audience, SelectionStep};
use crate::date::Date;
use crate::profile::{AgeRange, EducationLevel};

/// A course fact the source does not give: "à vérifier auprès de l'organisme".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// Cost and funding.
    Cost,
    /// Entry level.
    EntryLevel,
    /// Modality.
    Modality,
    /// Rhythm.
    Rhythm,
    /// Whether recruitment is open.
    Recruitment,
    /// Whether trainees are paid.
    Remuneration,
    /// Accessibility.
    Accessibility,
    /// Duration.
    Duration,
}

/// What the person should know or check before applying.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// A selection step ("sélection sur tests").
    Selection(SelectionStep),
    /// "réservé aux 18 ans et plus".
    MinAge(u8),
    /// "réservé aux moins de 26 ans".
    MaxAge(u8),
    /// The person did not give their age and the course has age limits, or is reserved to an
    /// audience defined by age (young people, seniors): "réservé aux 16–25 ans : vérifiez que
    /// vous êtes dans cette tranche d'âge". The course is kept, never guessed out.
    AgeToCheck(AgeRange),
    /// Reserved to an audience the quiz cannot confirm (QPV residents, women…).
    ReservedFor(Audience),
    /// A minor, and the course states no minimum age: "vous avez moins de 18 ans : vérifiez
    /// l'âge minimum".
    MinorCheckMinimumAge,
    /// The level is there on paper but the route is hard ([`LevelFit::PossibleButHard`]: a bac
    /// pro towards a licence-level course).
    LevelPossibleButHard {
        /// Required level.
        required: EducationLevel,
    },
    /// Reserved to jobseekers: register with France Travail first.
    RegisterWithFranceTravail,
    /// Application deadline soon.
    ApplyBefore(Date),
    /// "prochaine session à confirmer".
    DatesToConfirm,
    /// A fact to check with the provider.
    Unknown(Fact),
    /// Distance is approximate (commune-level coordinates).
    ApproximateLocation,
    /// The person pays (price when known).
    Paying {
        /// Price in euros.
        price_eur: Option<u32>,
    },
    /// Facts last checked long ago.
    CheckedLongAgo(Date),
}
