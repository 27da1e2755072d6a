//! The contract of a language: one method per typed thing people read. Each language is a unit
//! struct in its own file (`fr.rs`, `en.rs`, `facile.rs`) implementing [`Sentences`] with
//! exhaustive `match`es, so adding a language or a variant makes the compiler list every
//! missing sentence.
//!
//! Sentences are `&'static str` templates with named `{placeholders}` that the shared code in
//! `describe.rs` fills once ([`fill`]): one non-generic formatter instead of a `format!` per
//! sentence and language keeps the WebAssembly small (see `describe.rs`).

use crate::catalogue::text_safety::UnsafeKind;
use crate::catalogue::{
    Audience, DocumentError, Format, Funder, FundingKind, HelpKind, Intake, Label, Problem,
    RecordKind, SelectionStep, ValueKind, Weekday,
};
use crate::date::Date;
use crate::matching::{
    Criterion, Fact, FundingRoute, HelpReason, IncomeRoute, Pay, RankStep, Widening,
};
use crate::profile::{
    AgeRange, DigitalComfort, Diploma, Domain, EducationLevel, Gender, Modality, Newcomer, Rhythm,
    Rqth, Situation, StartWindow,
};

/// Which sentence says a [`crate::matching::Reason`]: chosen once from the reason and its
/// flags in `explanations.rs`, then each language matches this fieldless enum. A match over a
/// fieldless enum compiles to a lookup table; the same match over `Reason` and its fields,
/// written in three files, was three times the branching code.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReasonSentence {
    Distance,
    Remote,
    NoDiplomaRequired,
    LevelMet,
    Interest,
    OtherDomain,
    FreePaidForJobseekers,
    FreePaid,
    Free,
    /// Funding possible, no funder listed: "ask which applies".
    FundedAsk,
    FundedAskPaidForJobseekers,
    FundedAskPaid,
    /// Funding possible, funders listed.
    Funded,
    FundedPaidForJobseekers,
    FundedPaid,
    Remunerated,
    NextStart,
    PermanentIntake,
    CertificationRncpLevel,
    CertificationRncp,
    CertificationLevel,
    Certification,
    /// The modality or rhythm that fits: its label.
    Fits,
    WheelchairAccessible,
    DisabilityReferent,
    ReservedForYou,
}

/// Which sentence says a [`crate::matching::Warning`] (see [`ReasonSentence`]).
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningSentence {
    SelectionTests,
    SelectionInterview,
    SelectionFile,
    /// Another selection step: its label.
    SelectionStep,
    MinAge,
    MaxAge,
    AgeBetween,
    AgeFrom,
    AgeUpTo,
    /// An age band with no bound.
    AgeLimit,
    ReservedForWomen,
    ReservedFor,
    MinorCheckMinimumAge,
    LevelPossibleButHard,
    RegisterWithFranceTravail,
    ApplyBefore,
    DatesToConfirm,
    Unknown,
    ApproximateLocation,
    PayingPrice,
    Paying,
    CheckedLongAgo,
}

/// Which sentence says a near miss's [`crate::matching::Condition`] (see [`ReasonSentence`]).
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConditionSentence {
    Distance,
    TooYoung,
    TooOld,
    /// Up to the bac: a refresher course may be enough.
    LevelBelowRefresher,
    /// Higher education: entry by validation of experience (VAPP).
    LevelBelowExperience,
    Modality,
    Rhythm,
    StartsTooLate,
    TooLong,
    NotRemunerated,
    RemoteNotWanted,
}

/// What is counted, for [`Sentences::count`] (which knows the language's plural rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// "1 formation", "3 formations".
    Courses,
    /// "1 formation dans vos domaines".
    CoursesInYourFields,
    /// "voici 1 formation à distance dans ce domaine".
    RemoteCoursesHere,
    /// "12 caractères" (a text's length).
    Characters,
    /// "2 caractères retirés".
    CharactersRemoved,
}

impl Counted {
    /// Every kind of count, for tests over all of them.
    pub const ALL: [Counted; 5] = [
        Counted::Courses,
        Counted::CoursesInYourFields,
        Counted::RemoteCoursesHere,
        Counted::Characters,
        Counted::CharactersRemoved,
    ];
}

/// Which sentence of a near miss, a reason... Every template may use the placeholders the
/// method's documentation lists; a placeholder not given is left as written.
pub trait Sentences {
    // --- numbers, dates, punctuation ---

    /// The decimal separator: ',' in French, '.' in English.
    fn decimal_separator(&self) -> char;
    /// The thousands separator of amounts.
    fn thousands_separator(&self) -> char;
    /// An amount in euros: `{amount}` is the grouped number ("3 500 €", "€3,500").
    fn euros(&self) -> &'static str;
    /// A date in words ("12 janvier 2027", "1er août 2027", "12 January 2027").
    fn date(&self, d: Date) -> String;
    /// A time of day ("9 h", "8 h 30", "9:00").
    fn time(&self, hours: u16, minutes: u16) -> String;
    /// " et " / " and ", between the last two words of a list.
    fn and(&self) -> &'static str;
    /// " ou " / " or ".
    fn or(&self) -> &'static str;
    /// Between the parts of one line ("\u{a0}; " in French).
    fn semicolon(&self) -> &'static str;
    /// "label: value" with the language's spacing (« : » with a non-breaking space in French).
    fn label_value(&self, label: &str, value: &str) -> String;
    /// "1 formation", "0 formation" (French), "0 courses" (English): the language's plural rule.
    fn count(&self, n: usize, what: Counted) -> String;

    // --- labels of the enumerations people read ---

    /// A field of training.
    fn domain(&self, d: Domain) -> &'static str;
    /// A level of education.
    fn education_level(&self, l: EducationLevel) -> &'static str;
    /// The diploma question's answer.
    fn diploma(&self, d: Diploma) -> &'static str;
    /// The person's situation.
    fn situation(&self, s: Situation) -> &'static str;
    /// Comfort with computers.
    fn digital_comfort(&self, c: DigitalComfort) -> &'static str;
    /// In person, hybrid, remote.
    fn modality(&self, m: Modality) -> &'static str;
    /// Full time, part time...
    fn rhythm(&self, r: Rhythm) -> &'static str;
    /// When the person wants to start.
    fn start_window(&self, w: StartWindow) -> &'static str;
    /// Who a course or a help place is for.
    fn audience(&self, a: Audience) -> &'static str;
    /// Who may pay.
    fn funder(&self, f: Funder) -> &'static str;
    /// A step of the selection.
    fn selection_step(&self, s: SelectionStep) -> &'static str;
    /// A kind of help place.
    fn help_kind(&self, k: HelpKind) -> &'static str;
    /// The gender question's answer.
    fn gender(&self, g: Gender) -> &'static str;
    /// The newcomer question's answer.
    fn newcomer(&self, n: Newcomer) -> &'static str;
    /// Free, funded, paying.
    fn funding_kind(&self, k: FundingKind) -> &'static str;
    /// Fixed dates, rolling entries...
    fn intake(&self, i: Intake) -> &'static str;
    /// A quality label of a provider.
    fn quality_label(&self, l: Label) -> &'static str;
    /// The disability-recognition question's answer.
    fn rqth(&self, r: Rqth) -> &'static str;

    // --- match results ---

    /// Why a session fits. Placeholders: `{level}`, `{domains}`, `{funders}`, `{date}`,
    /// `{label}` (modality, rhythm or audience), `{rncp_level}`. `Distance` is [`Self::distance`]. The choice of sentence is made once, in `explanations.rs`.
    fn reason(&self, r: ReasonSentence) -> &'static str;
    /// A distance: `{km}`; `approximate` when both ends are known at commune level.
    fn distance(&self, approximate: bool, under_one_km: bool) -> &'static str;
    /// A fact the source does not give.
    fn fact(&self, f: Fact) -> &'static str;
    /// What to check. Placeholders: `{label}` (selection step, audience), `{age}`, `{min}`,
    /// `{max}`, `{level}`, `{date}`, `{fact}`, `{price}`, `{year}`.
    fn warning(&self, w: WarningSentence) -> &'static str;
    /// The line grouping the unknown facts: `{facts}`.
    fn unknown_facts(&self) -> &'static str;
    /// The one condition a near miss fails. Placeholders: `{km}`, `{radius}`, `{min}`, `{max}`,
    /// `{level}`, `{label}`, `{labels}`, `{date}`, `{weeks}`, `{max_weeks}`.
    fn condition(&self, c: ConditionSentence) -> &'static str;
    /// The notice above widened results: `{from}`, `{to}`.
    fn widening(&self, w: &Widening) -> &'static str;
    /// Why a help is proposed; `YoungIfAge` has `{condition}` ([`Self::if_age`]).
    fn help_reason(&self, h: HelpReason) -> &'static str;
    /// The condition of age of a help proposed without the person's age: `{min}`, `{max}`,
    /// `{under}` (max + 1). Empty for an open range.
    fn if_age(&self, ages: AgeRange) -> &'static str;
    /// Paid, unpaid, to check (agrees with "la formation").
    fn pay(&self, p: Pay) -> &'static str;
    /// A route to an income during the training.
    fn income_route(&self, r: IncomeRoute) -> &'static str;
    /// Who can fund a training in the person's situation.
    fn funding_route(&self, r: FundingRoute) -> &'static str;
    /// No course nearby in a chosen domain: `{domains}`, `{km}`, `{remote}` (a
    /// [`Counted::RemoteCoursesHere`] count).
    fn interest_missing(&self, remote: bool, others: bool) -> &'static str;
    /// The link to a wider radius: `{km}`, `{courses}`.
    fn widen_to(&self) -> &'static str;
    /// The link to remote courses: `{courses}`.
    fn also_remote(&self) -> &'static str;
    /// What a ranking criterion counts.
    fn criterion(&self, c: Criterion) -> &'static str;
    /// A step of the ranking.
    fn rank_step(&self, s: RankStep) -> &'static str;
    /// A line of the score: `{points}`, `{criterion}`.
    fn rank_points(&self) -> &'static str;

    // --- opening hours ---

    /// A day of the week.
    fn weekday(&self, d: Weekday) -> &'static str;
    /// A run of three days or more: `{first}`, `{last}`.
    fn day_run(&self) -> &'static str;
    /// "fermé les jours fériés".
    fn closed_on_public_holidays(&self) -> &'static str;
}

/// The sentences of catalogue validation issues, for webmasters (the CLI, the app's logs).
/// Apart from [`Sentences`] because a vtable keeps every method it lists: the app, which never
/// describes an issue, then drops these (−N B brotli, see the report in `describe` below).
pub trait IssueSentences {
    /// A kind of JSON value.
    fn value_kind(&self, k: ValueKind) -> &'static str;
    /// A kind of unsafe character.
    fn unsafe_kind(&self, k: UnsafeKind) -> &'static str;
    /// What is wrong with the whole document. Placeholders: `{max}`, `{mib}`, `{line}`,
    /// `{offset}`, `{column}`, `{found}`, `{supported}`, `{array}`.
    fn document_error(&self, e: &DocumentError) -> &'static str;
    /// A kind of record ("la session").
    fn record_kind(&self, k: RecordKind) -> &'static str;
    /// "to" and a kind of record ("au lieu", "à la formation").
    fn record_kind_after_to(&self, k: RecordKind) -> &'static str;
    /// What is wrong with a record. Placeholders: `{found}`, `{value}`, `{expected}`,
    /// `{allowed}`, `{min}`, `{max}`, `{length}`, `{count}`, `{id}`, `{kind}`, `{target}`,
    /// `{to_target}`, `{removed}`, `{kinds}`, `{message}`.
    fn problem(&self, p: &Problem) -> &'static str;
    /// The shape a code must have: `{n}` for a number of digits.
    fn format(&self, f: Format) -> &'static str;
    /// The record's id after its position: `{id}`.
    fn issue_id(&self) -> &'static str;
    /// The failing field: `{field}`.
    fn issue_field(&self) -> &'static str;
}

/// Replaces each `{name}` of `template` by its value in `args`; a `{` not starting a known
/// name is kept as written (JSON examples in catalogue messages hold braces).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match known {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Which sentence of a level a person lacks: up to the bac, a refresher course may bring the
/// level the course expects; in higher education the way in without the diploma is a
/// validation of experience (VAPP), not a refresher.
pub(crate) fn refresher_may_suffice(required: EducationLevel) -> bool {
    required <= EducationLevel::Bac
}

/// French and easy-French plural rule: 0 and 1 are singular.
pub(crate) fn french_count(n: usize, one: &str, many: &str) -> String {
    fill(if n < 2 { one } else { many }, &[("n", &n.to_string())])
}

/// French "label : value" with a non-breaking space before the colon.
pub(crate) fn french_label_value(label: &str, value: &str) -> String {
    format!("{label}\u{a0}: {value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_names_and_keeps_other_braces() {
        assert_eq!(fill("à {km} km", &[("km", "4,2")]), "à 4,2 km");
        assert_eq!(
            fill("un objet { \"schema_version\": {v} }", &[("v", "1")]),
            "un objet { \"schema_version\": 1 }"
        );
        assert_eq!(fill("{a}{b}{", &[("a", "x"), ("b", "y")]), "xy{");
        assert_eq!(fill("{unknown}", &[]), "{unknown}");
    }
}
