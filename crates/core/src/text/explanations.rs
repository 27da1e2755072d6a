//! Match results in words, the language-neutral part: which sentence of the language describes
//! a reason, a warning, a near-miss condition, the widening, a next step or a notice of the
//! results page, filled with which values; the unknown facts grouped in one line; the ranking
//! disclosure in the order of the code. The sentences themselves are in `fr.rs`, `en.rs`,
//! `facile.rs`.

use super::case::capitalise;
use super::labels::join_labels;
use super::languages::sentences;
use super::sentences::{
    fill, refresher_may_suffice, ConditionSentence, Counted, ReasonSentence, WarningSentence,
};
use super::{format_date, format_eur, format_km, join_words, Lang};
#[cfg(test)]
use crate::catalogue::Funder;
use crate::catalogue::{Audience, SelectionStep};
use crate::matching::{
    Condition, Criterion, Fact, FundingRoute, HelpReason, IncomeRoute, InterestCoverage,
    MoreOptions, NextStep, Pay, RankStep, Reason, Warning, Widening, RANKING, WEIGHTS,
};
use crate::profile::{AgeRange, Domain, Radius};

impl Reason {
    /// Which sentence says it (the same choice in every language).
    fn sentence(&self) -> ReasonSentence {
        use ReasonSentence as S;
        match self {
            Reason::Distance { .. } => S::Distance,
            Reason::Remote => S::Remote,
            Reason::NoDiplomaRequired => S::NoDiplomaRequired,
            Reason::LevelMet { .. } => S::LevelMet,
            Reason::Interest { .. } => S::Interest,
            Reason::OtherDomain { .. } => S::OtherDomain,
            // "Pourquoi elle vous correspond": the subject is "la formation", so the French
            // adjectives are feminine; each reason stands alone, the card separates them.
            Reason::Free {
                remunerated,
                for_jobseekers,
            } => match (remunerated, for_jobseekers) {
                (true, true) => S::FreePaidForJobseekers,
                (true, false) => S::FreePaid,
                (false, _) => S::Free,
            },
            // Never "sans frais pour vous": whether a funder pays depends on its decision.
            Reason::Funded {
                funders,
                remunerated,
                for_jobseekers,
            } => match (funders.is_empty(), remunerated, for_jobseekers) {
                (true, false, _) => S::FundedAsk,
                (true, true, true) => S::FundedAskPaidForJobseekers,
                (true, true, false) => S::FundedAskPaid,
                (false, false, _) => S::Funded,
                (false, true, true) => S::FundedPaidForJobseekers,
                (false, true, false) => S::FundedPaid,
            },
            Reason::Remunerated => S::Remunerated,
            Reason::NextStart { .. } => S::NextStart,
            Reason::PermanentIntake => S::PermanentIntake,
            Reason::Certification { rncp, level } => match (rncp, level) {
                (true, Some(_)) => S::CertificationRncpLevel,
                (true, None) => S::CertificationRncp,
                (false, Some(_)) => S::CertificationLevel,
                (false, None) => S::Certification,
            },
            Reason::ModalityFits(_) | Reason::RhythmFits(_) => S::Fits,
            Reason::WheelchairAccessible => S::WheelchairAccessible,
            Reason::DisabilityReferent => S::DisabilityReferent,
            Reason::ReservedForYou(_) => S::ReservedForYou,
        }
    }

    /// The reason as a short sentence ("à 4,2 km", "aucun diplôme requis").
    pub fn describe(&self, lang: Lang) -> String {
        let template = sentences(lang).reason(self.sentence());
        match self {
            Reason::Distance { km, approximate } => fill(
                template,
                &[("distance", &distance(*km, *approximate, lang))],
            ),
            Reason::LevelMet { required } => fill(template, &[("level", required.label(lang))]),
            Reason::Interest { domains } | Reason::OtherDomain { domains } => fill(
                template,
                &[("domains", &join_labels(domains, lang, Domain::label))],
            ),
            Reason::Funded { funders, .. } => fill(
                template,
                &[("funders", &join_labels(funders, lang, |f, l| f.label(l)))],
            ),
            Reason::NextStart { date } => fill(template, &[("date", &format_date(*date, lang))]),
            Reason::Certification { level, .. } => fill(
                template,
                &[("level", &level.map(|l| l.to_string()).unwrap_or_default())],
            ),
            Reason::ModalityFits(m) => fill(template, &[("label", m.label(lang))]),
            Reason::RhythmFits(r) => fill(template, &[("label", r.label(lang))]),
            Reason::ReservedForYou(a) => fill(template, &[("label", a.label(lang))]),
            Reason::Remote
            | Reason::NoDiplomaRequired
            | Reason::Free { .. }
            | Reason::Remunerated
            | Reason::PermanentIntake
            | Reason::WheelchairAccessible
            | Reason::DisabilityReferent => template.to_string(),
        }
    }
}

impl Fact {
    /// The fact in words ("le coût").
    pub fn describe(self, lang: Lang) -> String {
        sentences(lang).fact(self).to_string()
    }
}

impl Warning {
    /// Which sentence says it (the same choice in every language).
    fn sentence(&self) -> WarningSentence {
        use WarningSentence as S;
        match self {
            Warning::Selection(SelectionStep::Tests) => S::SelectionTests,
            Warning::Selection(SelectionStep::Entretien) => S::SelectionInterview,
            Warning::Selection(SelectionStep::Dossier) => S::SelectionFile,
            Warning::Selection(SelectionStep::Aucune | SelectionStep::InformationCollective) => {
                S::SelectionStep
            }
            Warning::MinAge(_) => S::MinAge,
            Warning::MaxAge(_) => S::MaxAge,
            Warning::AgeToCheck(ages) => match (ages.min, ages.max) {
                (Some(_), Some(_)) => S::AgeBetween,
                (Some(_), None) => S::AgeFrom,
                (None, Some(_)) => S::AgeUpTo,
                (None, None) => S::AgeLimit,
            },
            Warning::ReservedFor(Audience::Femmes) => S::ReservedForWomen,
            // Any other audience: the same sentence with its label.
            Warning::ReservedFor(_) => S::ReservedFor,
            Warning::MinorCheckMinimumAge => S::MinorCheckMinimumAge,
            Warning::LevelPossibleButHard { .. } => S::LevelPossibleButHard,
            Warning::RegisterWithFranceTravail => S::RegisterWithFranceTravail,
            Warning::ApplyBefore(_) => S::ApplyBefore,
            Warning::DatesToConfirm => S::DatesToConfirm,
            Warning::Unknown(_) => S::Unknown,
            Warning::ApproximateLocation => S::ApproximateLocation,
            Warning::Paying { price_eur: Some(_) } => S::PayingPrice,
            Warning::Paying { price_eur: None } => S::Paying,
            // `verified_on` is the date of the newest source read for the course (often years
            // old), so the warning says how old the facts are and what to check, not "checked".
            Warning::CheckedLongAgo(_) => S::CheckedLongAgo,
        }
    }

    /// The warning as a short sentence ("sélection sur tests", "réservé aux 18 ans et plus").
    pub fn describe(&self, lang: Lang) -> String {
        let template = sentences(lang).warning(self.sentence());
        match self {
            Warning::Selection(step) => fill(template, &[("label", step.label(lang))]),
            Warning::MinAge(a) | Warning::MaxAge(a) => fill(template, &[("age", &a.to_string())]),
            Warning::AgeToCheck(ages) => fill_ages(template, *ages),
            Warning::ReservedFor(a) => fill(template, &[("label", a.label(lang))]),
            Warning::LevelPossibleButHard { required } => {
                fill(template, &[("level", required.label(lang))])
            }
            Warning::ApplyBefore(d) => fill(template, &[("date", &format_date(*d, lang))]),
            // The fact may open the sentence: capitalised after filling ("Le coût… : à vérifier").
            Warning::Unknown(f) => capitalise(&fill(template, &[("fact", &f.describe(lang))])),
            Warning::Paying { price_eur } => fill(
                template,
                &[(
                    "price",
                    &price_eur.map(|p| format_eur(p, lang)).unwrap_or_default(),
                )],
            ),
            Warning::CheckedLongAgo(d) => fill(template, &[("year", &d.year().to_string())]),
            Warning::MinorCheckMinimumAge
            | Warning::RegisterWithFranceTravail
            | Warning::DatesToConfirm
            | Warning::ApproximateLocation => template.to_string(),
        }
    }
}

/// `{min}`, `{max}` and `{under}` (max + 1, "moins de 18 ans") of an age band.
fn fill_ages(template: &str, ages: AgeRange) -> String {
    let show = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
    let under = ages.max.map(|m| (u16::from(m) + 1).to_string());
    fill(
        template,
        &[
            ("min", &show(ages.min)),
            ("max", &show(ages.max)),
            ("under", &under.unwrap_or_default()),
        ],
    )
}

/// "à 4,2 km", "à moins de 1 km" (never "0,0 km"), "dans votre commune" when both ends are
/// only known at commune level and coincide.
pub fn distance(km: f32, approximate: bool, lang: Lang) -> String {
    let template = sentences(lang).distance(approximate, km < 1.0);
    fill(template, &[("km", &format_km(km, lang))])
}

/// The warnings of a card as lines: the facts the source does not give grouped in one line,
/// last ("à vérifier auprès de l'organisme : le coût, la durée et le rythme"), the others one
/// each, in lower case (the card capitalises the first).
pub fn warning_lines(warnings: &[Warning], lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = Vec::with_capacity(warnings.len());
    let mut unknown: Vec<String> = Vec::new();
    for w in warnings {
        match w {
            Warning::Unknown(f) => unknown.push(f.describe(lang)),
            w => lines.push(w.describe(lang)),
        }
    }
    if !unknown.is_empty() {
        let facts = join_words(&unknown, lang);
        lines.push(fill(sentences(lang).unknown_facts(), &[("facts", &facts)]));
    }
    lines
}

impl Condition {
    /// Which sentence says it (the same choice in every language).
    fn sentence(&self) -> ConditionSentence {
        use ConditionSentence as S;
        match self {
            Condition::Distance { .. } => S::Distance,
            Condition::TooYoung { .. } => S::TooYoung,
            Condition::TooOld { .. } => S::TooOld,
            Condition::LevelBelow { required } if refresher_may_suffice(*required) => {
                S::LevelBelowRefresher
            }
            Condition::LevelBelow { .. } => S::LevelBelowExperience,
            Condition::Modality { .. } => S::Modality,
            Condition::Rhythm { .. } => S::Rhythm,
            Condition::StartsTooLate { .. } => S::StartsTooLate,
            Condition::TooLong { .. } => S::TooLong,
            Condition::NotRemunerated => S::NotRemunerated,
            Condition::RemoteNotWanted => S::RemoteNotWanted,
        }
    }

    /// The one condition a near miss fails ("à 35 km, au-delà de vos 20 km").
    pub fn describe(&self, lang: Lang) -> String {
        let template = sentences(lang).condition(self.sentence());
        match self {
            Condition::Distance { km, radius_km } => fill(
                template,
                &[
                    ("km", &format_km(*km, lang)),
                    ("radius", &format_km(*radius_km, lang)),
                ],
            ),
            Condition::TooYoung { min } => fill(template, &[("min", &min.to_string())]),
            Condition::TooOld { max } => fill(template, &[("max", &max.to_string())]),
            Condition::LevelBelow { required } => {
                fill(template, &[("level", required.label(lang))])
            }
            Condition::Modality { offered } => fill(template, &[("label", offered.label(lang))]),
            Condition::Rhythm { offered } => fill(
                template,
                &[("labels", &join_labels(offered, lang, |r, l| r.label(l)))],
            ),
            Condition::StartsTooLate { start } => {
                fill(template, &[("date", &format_date(*start, lang))])
            }
            Condition::TooLong { weeks, max_weeks } => fill(
                template,
                &[
                    ("weeks", &weeks.to_string()),
                    ("max_weeks", &max_weeks.to_string()),
                ],
            ),
            Condition::NotRemunerated | Condition::RemoteNotWanted => template.to_string(),
        }
    }
}

impl Widening {
    /// The notice shown above the results.
    pub fn describe(&self, lang: Lang) -> String {
        let template = sentences(lang).widening(self);
        match self {
            Widening::Radius { from, to } => fill(
                template,
                &[
                    ("from", &format_km(from.km(), lang)),
                    ("to", &format_km(to.km(), lang)),
                ],
            ),
            Widening::RemoteOnly { .. } | Widening::Nothing => template.to_string(),
        }
    }
}

impl HelpReason {
    /// Why this help is proposed.
    pub fn describe(self, lang: Lang) -> String {
        let s = sentences(lang);
        let template = s.help_reason(self);
        if let HelpReason::YoungIfAge(ages) = self {
            fill(template, &[("condition", &fill_ages(s.if_age(ages), ages))])
        } else {
            template.to_string()
        }
    }
}

impl NextStep {
    /// "Mission Locale, à 1,2 km : accompagne les jeunes…"
    pub fn describe(&self, lang: Lang) -> String {
        let mut kind = self.kind.label(lang).to_string();
        if let Some(d) = self.distance_km {
            kind.push_str(", ");
            kind.push_str(&distance(d, false, lang));
        }
        sentences(lang).label_value(&kind, &self.why.describe(lang))
    }
}

impl Pay {
    /// "rémunérée", "non rémunérée", "à vérifier auprès de l'organisme" (agrees with "la formation").
    pub fn describe(self, lang: Lang) -> String {
        sentences(lang).pay(self).to_string()
    }
}

impl IncomeRoute {
    /// The route in one sentence, with who to ask.
    pub fn describe(self, lang: Lang) -> String {
        sentences(lang).income_route(self).to_string()
    }
}

impl FundingRoute {
    /// Who can fund a training in the person's situation.
    pub fn describe(self, lang: Lang) -> String {
        sentences(lang).funding_route(self).to_string()
    }
}

impl InterestCoverage {
    /// The notice at the top of the results when no result nearby is in a chosen domain.
    pub fn describe(&self, lang: Lang) -> Option<String> {
        let InterestCoverage::Missing {
            domains,
            radius,
            remote,
            others,
        } = self
        else {
            return None;
        };
        let s = sentences(lang);
        let words: Vec<&str> = domains.iter().map(|d| d.label(lang)).collect();
        let what = super::join(&words, s.or());
        Some(fill(
            s.interest_missing(*remote > 0, *others),
            &[
                ("domains", &what),
                ("km", &format_km(radius.km(), lang)),
                ("remote", &s.count(*remote, Counted::RemoteCoursesHere)),
            ],
        ))
    }
}

impl MoreOptions {
    fn courses(self, n: usize, lang: Lang) -> String {
        let what = if self.in_your_fields {
            Counted::CoursesInYourFields
        } else {
            Counted::Courses
        };
        sentences(lang).count(n, what)
    }

    /// "Élargir à 50 km : 4 formations (dans vos domaines)", for [`MoreOptions::wider`].
    pub fn describe_wider(self, radius: Radius, courses: usize, lang: Lang) -> String {
        fill(
            sentences(lang).widen_to(),
            &[
                ("km", &format_km(radius.km(), lang)),
                ("courses", &self.courses(courses, lang)),
            ],
        )
    }

    /// "Voir aussi les formations à distance : 2 formations", for [`MoreOptions::remote`].
    pub fn describe_remote(self, lang: Lang) -> String {
        fill(
            sentences(lang).also_remote(),
            &[("courses", &self.courses(self.remote, lang))],
        )
    }
}

impl Criterion {
    /// What the criterion counts, in a few words.
    pub fn describe(self, lang: Lang) -> String {
        sentences(lang).criterion(self).to_string()
    }
}

impl RankStep {
    /// The step in one sentence.
    pub fn describe(self, lang: Lang) -> String {
        sentences(lang).rank_step(self).to_string()
    }
}

/// How the ranking is made: the steps of [`RANKING`] in order, the [`WEIGHTS`] listed under
/// the score step ("jusqu'à 300 points : un domaine que vous avez choisi").
pub fn ranking_disclosure(lang: Lang) -> Vec<(String, Vec<String>)> {
    let s = sentences(lang);
    RANKING
        .iter()
        .map(|step| {
            let points = if *step == RankStep::Score {
                WEIGHTS
                    .iter()
                    .map(|w| {
                        fill(
                            s.rank_points(),
                            &[
                                ("points", &w.points.to_string()),
                                ("criterion", s.criterion(w.criterion)),
                            ],
                        )
                    })
                    .collect()
            } else {
                Vec::new()
            };
            (step.describe(lang), points)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::profile::Radius;

    #[test]
    fn sentences_from_the_issue() {
        assert_eq!(
            Reason::Distance {
                km: 4.2,
                approximate: false
            }
            .describe(Lang::Fr),
            "à 4,2 km"
        );
        assert_eq!(
            Reason::NoDiplomaRequired.describe(Lang::Fr),
            "aucun diplôme requis"
        );
        assert_eq!(
            Reason::Free {
                remunerated: true,
                for_jobseekers: true
            }
            .describe(Lang::Fr),
            "gratuite et rémunérée pour les demandeurs d'emploi"
        );
        let d = Date::parse("2027-01-12").unwrap();
        assert_eq!(
            Reason::NextStart { date: d }.describe(Lang::Fr),
            "prochaine rentrée le 12 janvier 2027"
        );
        assert_eq!(
            Warning::Selection(SelectionStep::Tests).describe(Lang::Fr),
            "sélection sur tests"
        );
        assert_eq!(
            Warning::MinAge(18).describe(Lang::Fr),
            "réservé aux 18 ans et plus"
        );
        assert_eq!(
            Condition::Distance {
                km: 35.2,
                radius_km: 20.0
            }
            .describe(Lang::Fr),
            "à 35 km, au-delà de vos 20 km"
        );
        assert_eq!(
            Widening::Radius {
                from: Radius::Km10,
                to: Radius::Km30
            }
            .describe(Lang::En),
            "Nothing within 10 km: we widened the search to 30 km."
        );
        assert_eq!(
            Warning::Unknown(Fact::Cost).describe(Lang::Fr),
            "Le coût et le financement\u{a0}: à vérifier auprès de l'organisme"
        );
    }

    #[test]
    fn facts_from_an_old_source_say_their_year_and_ask_to_check_the_course_still_exists() {
        let old = Warning::CheckedLongAgo(Date::parse("2021-03-03").unwrap());
        assert_eq!(
            old.describe(Lang::Fr),
            "informations de 2021\u{a0}: vérifiez auprès de l'organisme que cette formation existe encore"
        );
        assert_eq!(
            old.describe(Lang::En),
            "information from 2021: check with the provider that this course still exists"
        );
    }

    #[test]
    fn a_distance_under_one_km_is_never_zero_km() {
        let at = |km, approximate, lang| Reason::Distance { km, approximate }.describe(lang);
        assert_eq!(at(0.0, true, Lang::Fr), "dans votre commune");
        assert_eq!(at(0.04, false, Lang::Fr), "à moins de 1 km");
        assert_eq!(at(0.4, false, Lang::En), "less than 1 km away");
        assert_eq!(at(1.0, false, Lang::Fr), "à 1,0 km");
        assert_eq!(at(12.3, true, Lang::Fr), "à environ 12 km");
        for km in [0.0, 0.01, 0.5, 0.99] {
            for a in [true, false] {
                assert!(!at(km, a, Lang::Fr).contains("0,0"));
            }
        }
    }

    #[test]
    fn reasons_agree_with_la_formation_and_never_promise_free_funding() {
        let funded = Reason::Funded {
            funders: vec![Funder::FranceTravail, Funder::Region],
            remunerated: true,
            for_jobseekers: false,
        };
        assert_eq!(
            funded.describe(Lang::Fr),
            "financement possible dans votre situation\u{a0}: France Travail et la Région\u{a0}; rémunérée"
        );
        let none = Reason::Funded {
            funders: vec![],
            remunerated: false,
            for_jobseekers: false,
        };
        for r in [funded, none] {
            assert!(!r.describe(Lang::Fr).contains("sans frais"));
            assert!(!r.describe(Lang::En).contains("free for you"));
        }
        assert_eq!(
            Reason::Free {
                remunerated: true,
                for_jobseekers: false
            }
            .describe(Lang::Fr),
            "gratuite et rémunérée"
        );
        assert_eq!(Reason::Remunerated.describe(Lang::Fr), "rémunérée");
    }

    #[test]
    fn unknown_facts_are_grouped_in_one_line_after_the_other_warnings() {
        let w = [
            Warning::Unknown(Fact::Cost),
            Warning::DatesToConfirm,
            Warning::Unknown(Fact::Duration),
            Warning::Unknown(Fact::Rhythm),
        ];
        assert_eq!(
            warning_lines(&w, Lang::Fr),
            [
                "prochaine session à confirmer",
                "à vérifier auprès de l'organisme\u{a0}: le coût et le financement, la durée et le rythme"
            ]
        );
        assert_eq!(
            warning_lines(&w[1..2], Lang::En),
            ["next session to be confirmed"]
        );
        let en = warning_lines(&w, Lang::En);
        assert_eq!(
            en[1],
            "check with the provider: cost and funding, the duration and the schedule"
        );
        assert!(
            en.iter().all(|l| !l.contains(" :")),
            "no French spacing in English"
        );
    }

    #[test]
    fn age_to_check_says_the_band() {
        let w = Warning::AgeToCheck(AgeRange::YOUNG);
        assert_eq!(
            w.describe(Lang::Fr),
            "réservé aux 16–25 ans\u{a0}: vérifiez que vous êtes dans cette tranche d'âge"
        );
        assert_eq!(
            w.describe(Lang::En),
            "for people aged 16–25: check that you are in this age range"
        );
        assert_eq!(
            Warning::AgeToCheck(AgeRange::SENIORS).describe(Lang::Fr),
            "réservé aux 50 ans et plus\u{a0}: vérifiez que vous avez l'âge demandé"
        );
        let max_only = Warning::AgeToCheck(AgeRange {
            min: None,
            max: Some(30),
        });
        assert_eq!(
            max_only.describe(Lang::En),
            "for people aged 30 and under: check that you meet the age limit"
        );
        let open = Warning::AgeToCheck(AgeRange {
            min: None,
            max: None,
        });
        assert!(!open.describe(Lang::Fr).is_empty() && !open.describe(Lang::En).is_empty());
    }

    #[test]
    fn mission_locale_on_condition_says_the_condition() {
        let step = NextStep {
            kind: crate::catalogue::HelpKind::MissionLocale,
            why: HelpReason::YoungIfAge(AgeRange::YOUNG),
            help_place: None,
            distance_km: Some(1.2),
            kind_in_catalogue: true,
            network: None,
        };
        assert_eq!(
            step.describe(Lang::Fr),
            "Mission Locale, à 1,2 km\u{a0}: si vous avez entre 16 et 25 ans (jusqu'à 29 ans avec une RQTH), elle peut vous accompagner, notamment avec le Contrat d'engagement jeune"
        );
        assert_eq!(
            HelpReason::YoungIfAge(AgeRange::MINOR).describe(Lang::En),
            "if you are under 18, it can support you, including with the youth commitment contract"
        );
        assert_eq!(
            HelpReason::YoungIfAge(AgeRange::YOUNG_RQTH).describe(Lang::Fr),
            "si vous avez entre 16 et 29 ans, elle peut vous accompagner, notamment avec le Contrat d'engagement jeune"
        );
    }

    use crate::matching::score::weight;

    #[test]
    fn the_ranking_disclosure_lists_every_step_and_weight_of_the_code() {
        for lang in Lang::ALL {
            let d = ranking_disclosure(lang);
            assert_eq!(d.len(), RANKING.len());
            let (_, points) = &d[RANKING.iter().position(|s| *s == RankStep::Score).unwrap()];
            assert_eq!(points.len(), WEIGHTS.len());
            for (line, w) in points.iter().zip(WEIGHTS) {
                assert!(
                    line.contains(&format!(" {} ", weight(w.criterion))),
                    "{line}"
                );
                assert!(line.ends_with(&w.criterion.describe(lang)), "{line}");
            }
        }
        let fr = ranking_disclosure(Lang::Fr);
        assert!(fr[1].0.contains("domaines que vous avez choisis"));
        assert_eq!(
            fr[3].1[0],
            "jusqu'à 300 points\u{a0}: un domaine que vous avez choisi"
        );
    }

    #[test]
    fn a_missing_interest_is_said_with_what_follows() {
        let cov = InterestCoverage::Missing {
            domains: vec![Domain::SupportMaintenance],
            radius: Radius::Km20,
            remote: 1,
            others: true,
        };
        assert_eq!(
            cov.describe(Lang::Fr).unwrap(),
            "Aucune formation en support & maintenance informatique sur place à moins de 20 km\u{a0}; voici 1 formation à distance dans ce domaine, puis des formations proches dans d'autres domaines."
        );
        let none = InterestCoverage::Missing {
            domains: vec![Domain::Cybersecurite, Domain::DataIa],
            radius: Radius::Km30,
            remote: 0,
            others: true,
        };
        assert_eq!(
            none.describe(Lang::En).unwrap(),
            "No in-person course in cybersecurity or data & AI within 30 km; here are courses nearby in other fields."
        );
        assert_eq!(InterestCoverage::Covered.describe(Lang::Fr), None);
    }

    #[test]
    fn pay_and_income_routes_have_both_languages() {
        for lang in Lang::ALL {
            for p in [Pay::Paid, Pay::Unpaid, Pay::ToCheck] {
                assert!(!p.describe(lang).is_empty());
            }
        }
        assert_eq!(Pay::Unpaid.describe(Lang::Fr), "non rémunérée");
        assert!(IncomeRoute::Apprentissage
            .describe(Lang::Fr)
            .contains("il faut trouver un employeur"));
        assert!(IncomeRoute::ContratEngagementJeune
            .describe(Lang::Fr)
            .contains("Mission Locale"));
        assert!(!FundingRoute::Jobseeker
            .describe(Lang::Fr)
            .contains("sans frais"));
    }
}
