//! Matching a [`Profile`](crate::Profile) against a [`Catalogue`](crate::Catalogue):
//! hard eligibility, score, typed explanations, near misses, widening and next steps.
//!
//! ```
//! use aiguillage_core::{Catalogue, Date, Lang, Profile};
//! use aiguillage_core::matching::{match_profile, Options};
//! use aiguillage_core::profile::{Age, EducationLevel, Situation};
//!
//! let (catalogue, _issues) = Catalogue::from_json(r#"{"schema_version":1}"#);
//! let profile = Profile::new(Age::new(19), EducationLevel::SansDiplome, Situation::JeuneSansEmploiNiFormation);
//! let outcome = match_profile(&profile, &catalogue, &Options::new(Date::parse("2026-11-23").unwrap()));
//! for m in &outcome.results {
//!     let course = catalogue.course_of(m.session);
//!     let why: Vec<String> = m.reasons.iter().map(|r| r.describe(Lang::Fr)).collect();
//! }
//! assert!(outcome.results.is_empty());
//! ```

pub mod arrange;
pub mod eligibility;
pub mod explain;
pub mod funding_route;
pub mod near_miss;
pub mod next_steps;
pub mod outcome;
pub mod pay;
pub mod score;
pub mod sites;
pub mod territory;
pub mod warning;
pub mod widen;

pub use arrange::{date_sort_useful, Arrangement, Filter, Filters, SortBy};
pub use eligibility::Condition;
pub use explain::Reason;
pub use funding_route::FundingRoute;
pub use near_miss::NearMiss;
pub use next_steps::{HelpReason, NextStep};
pub use outcome::{
    match_profile, InterestCoverage, Match, MoreOptions, Options, Outcome, FEW_RESULTS,
};
pub use pay::{IncomeRoute, Pay};
pub use score::{Criterion, RankStep, Weight, RANKING, WEIGHTS};
pub use sites::sessions_nearest_first;
pub use territory::{group_by_zone, TerritoryGroups, Zone};
pub use warning::{Fact, Warning};
pub use widen::Widening;
