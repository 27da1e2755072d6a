//! French and English sentences for reasons, warnings, near-miss conditions, widening and next steps.

use super::{format_date, format_eur, format_km, join_words, pick, Lang};
#[cfg(test)]
use crate::catalogue::Funder;
use crate::catalogue::{Audience, SelectionStep};
use crate::matching::{Condition, Fact, HelpReason, NextStep, Reason, Warning, Widening};
use crate::profile::{AgeRange, EducationLevel};

fn labels<T: Copy>(items: &[T], lang: Lang, f: fn(T, Lang) -> &'static str) -> String {
    let words: Vec<String> = items.iter().map(|x| f(*x, lang).to_string()).collect();
    join_words(&words, lang)
}

impl Reason {
    /// The reason as a short sentence ("à 4,2 km", "aucun diplôme requis").
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Reason::Distance { km, approximate } => distance(*km, *approximate, lang),
            Reason::Remote => pick(lang, "entièrement à distance".into(), "fully remote".into()),
            Reason::NoDiplomaRequired => pick(
                lang,
                "aucun diplôme requis".into(),
                "no diploma required".into(),
            ),
            Reason::LevelMet { required } => pick(
                lang,
                format!(
                    "niveau demandé : {} (vous l'avez)",
                    required.label(Lang::Fr)
                ),
                format!("required level: {} (you have it)", required.label(Lang::En)),
            ),
            Reason::Interest { domains } => pick(
                lang,
                format!(
                    "correspond à votre intérêt : {}",
                    labels(domains, Lang::Fr, |d, l| d.label(l))
                ),
                format!(
                    "matches your interest: {}",
                    labels(domains, Lang::En, |d, l| d.label(l))
                ),
            ),
            Reason::OtherDomain { domains } => pick(
                lang,
                format!(
                    "autre domaine que vos choix : {}",
                    labels(domains, Lang::Fr, |d, l| d.label(l))
                ),
                format!(
                    "another field than you chose: {}",
                    labels(domains, Lang::En, |d, l| d.label(l))
                ),
            ),
            // "Pourquoi elle vous correspond" : the subject is "la formation", so the adjectives
            // are feminine; each reason stands alone, the card separates them with « ; ».
            Reason::Free {
                remunerated,
                for_jobseekers,
            } => {
                let fr = match (remunerated, for_jobseekers) {
                    (true, true) => "gratuite et rémunérée pour les demandeurs d'emploi",
                    (true, false) => "gratuite et rémunérée",
                    (false, _) => "gratuite",
                };
                let en = match (remunerated, for_jobseekers) {
                    (true, true) => "free and paid for jobseekers",
                    (true, false) => "free and paid",
                    (false, _) => "free",
                };
                pick(lang, fr.into(), en.into())
            }
            Reason::Funded {
                funders,
                remunerated,
                for_jobseekers,
            } => {
                // Never "sans frais pour vous": whether a funder pays depends on its decision.
                let mut fr = if funders.is_empty() {
                    "financement possible : demandez lequel s'applique à votre situation"
                        .to_string()
                } else {
                    format!(
                        "financement possible dans votre situation : {}",
                        labels(funders, Lang::Fr, |f, l| f.label(l))
                    )
                };
                let mut en = if funders.is_empty() {
                    "funding possible: ask which applies to your situation".to_string()
                } else {
                    format!(
                        "funding possible in your situation: {}",
                        labels(funders, Lang::En, |f, l| f.label(l))
                    )
                };
                if *remunerated {
                    fr.push_str(if *for_jobseekers {
                        " ; rémunérée pour les demandeurs d'emploi"
                    } else {
                        " ; rémunérée"
                    });
                    en.push_str(if *for_jobseekers {
                        "; paid for jobseekers"
                    } else {
                        "; paid"
                    });
                }
                pick(lang, fr, en)
            }
            Reason::Remunerated => pick(lang, "rémunérée".into(), "paid".into()),
            Reason::NextStart { date } => pick(
                lang,
                format!("prochaine rentrée le {}", format_date(*date, Lang::Fr)),
                format!("next start on {}", format_date(*date, Lang::En)),
            ),
            Reason::PermanentIntake => pick(
                lang,
                "entrées permanentes : vous pouvez commencer à tout moment".into(),
                "rolling entries: you can start at any time".into(),
            ),
            Reason::Certification { rncp, level } => match (rncp, level) {
                (true, Some(l)) => pick(
                    lang,
                    format!("diplôme ou titre reconnu (RNCP, niveau {l})"),
                    format!("recognised qualification (RNCP, level {l})"),
                ),
                (true, None) => pick(
                    lang,
                    "titre reconnu (RNCP)".into(),
                    "recognised qualification (RNCP)".into(),
                ),
                (false, Some(l)) => pick(
                    lang,
                    format!("certification de niveau {l}"),
                    format!("level {l} certification"),
                ),
                (false, None) => pick(lang, "certification".into(), "certification".into()),
            },
            Reason::ModalityFits(m) => pick(
                lang,
                m.label(Lang::Fr).to_string(),
                m.label(Lang::En).to_string(),
            ),
            Reason::RhythmFits(r) => pick(
                lang,
                r.label(Lang::Fr).to_string(),
                r.label(Lang::En).to_string(),
            ),
            Reason::WheelchairAccessible => pick(
                lang,
                "lieu accessible en fauteuil roulant".into(),
                "wheelchair-accessible place".into(),
            ),
            Reason::DisabilityReferent => pick(
                lang,
                "référent·e handicap sur place".into(),
                "disability referent on site".into(),
            ),
            Reason::ReservedForYou(a) => pick(
                lang,
                format!("réservé aux {} : c'est votre cas", a.label(Lang::Fr)),
                format!("reserved for {}: that's you", a.label(Lang::En)),
            ),
        }
    }
}

impl Fact {
    /// The fact in words ("le coût").
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            Fact::Cost => ("le coût et le financement", "cost and funding"),
            Fact::EntryLevel => ("le niveau demandé", "the required level"),
            Fact::Modality => (
                "le format (présentiel ou distance)",
                "the format (in person or remote)",
            ),
            Fact::Rhythm => ("le rythme", "the schedule"),
            Fact::Recruitment => (
                "si les inscriptions sont ouvertes",
                "whether applications are open",
            ),
            Fact::Remuneration => (
                "si la formation est rémunérée",
                "whether the training is paid",
            ),
            Fact::Accessibility => ("l'accessibilité", "accessibility"),
            Fact::Duration => ("la durée", "the duration"),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl Warning {
    /// The warning as a short sentence ("sélection sur tests", "réservé aux 18 ans et plus").
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Warning::Selection(step) => match step {
                SelectionStep::Tests => pick(
                    lang,
                    "sélection sur tests".into(),
                    "selection by tests".into(),
                ),
                SelectionStep::Entretien => pick(
                    lang,
                    "sélection sur entretien".into(),
                    "selection by interview".into(),
                ),
                SelectionStep::Dossier => pick(
                    lang,
                    "sélection sur dossier".into(),
                    "selection on application file".into(),
                ),
                other => pick(
                    lang,
                    other.label(Lang::Fr).into(),
                    other.label(Lang::En).into(),
                ),
            },
            Warning::MinAge(a) => pick(
                lang,
                format!("réservé aux {a} ans et plus"),
                format!("for people aged {a} and over"),
            ),
            Warning::MaxAge(a) => pick(
                lang,
                format!("réservé aux {a} ans et moins"),
                format!("for people aged {a} and under"),
            ),
            Warning::AgeToCheck(ages) => age_to_check(*ages, lang),
            Warning::ReservedFor(a) => match a {
                Audience::Femmes => pick(
                    lang,
                    "réservé aux femmes : vérifiez auprès de l'organisme".into(),
                    "for women only: check with the provider".into(),
                ),
                a => pick(
                    lang,
                    format!(
                        "réservé aux {} : à vérifier avec l'organisme",
                        a.label(Lang::Fr)
                    ),
                    format!(
                        "reserved for {}: check with the provider",
                        a.label(Lang::En)
                    ),
                ),
            },
            Warning::MinorCheckMinimumAge => pick(
                lang,
                "vous avez moins de 18 ans : vérifiez l'âge minimum auprès de l'organisme".into(),
                "you are under 18: check the minimum age with the provider".into(),
            ),
            Warning::LevelPossibleButHard { required } => pick(
                lang,
                format!(
                    "niveau {} demandé : possible avec un bac pro, mais difficile (niveau licence visé)",
                    required.label(Lang::Fr)
                ),
                format!(
                    "requires {}: possible with a vocational bac, but hard (bachelor's level)",
                    required.label(Lang::En)
                ),
            ),
            Warning::RegisterWithFranceTravail => pick(
                lang,
                "réservé aux demandeurs d'emploi : inscrivez-vous d'abord à France Travail".into(),
                "for jobseekers: register with France Travail first".into(),
            ),
            Warning::ApplyBefore(d) => pick(
                lang,
                format!("candidature avant le {}", format_date(*d, Lang::Fr)),
                format!("apply before {}", format_date(*d, Lang::En)),
            ),
            Warning::DatesToConfirm => pick(
                lang,
                "prochaine session à confirmer".into(),
                "next session to be confirmed".into(),
            ),
            Warning::Unknown(f) => pick(
                lang,
                format!(
                    "{} : à vérifier auprès de l'organisme",
                    capitalise(&f.describe(Lang::Fr))
                ),
                format!(
                    "{}: check with the provider",
                    capitalise(&f.describe(Lang::En))
                ),
            ),
            Warning::ApproximateLocation => pick(
                lang,
                "adresse exacte à vérifier : distance calculée depuis le centre de la commune"
                    .into(),
                "exact address to check: distance from the town centre".into(),
            ),
            Warning::Paying { price_eur } => match price_eur {
                Some(p) => pick(
                    lang,
                    format!(
                        "payant : {} (des financements peuvent exister)",
                        format_eur(*p, Lang::Fr)
                    ),
                    format!("paying: {} (funding may exist)", format_eur(*p, Lang::En)),
                ),
                None => pick(
                    lang,
                    "payant (des financements peuvent exister)".into(),
                    "paying (funding may exist)".into(),
                ),
            },
            // `verified_on` is the date of the newest source read for the course (often years
            // old), so the warning says how old the facts are and what to check, not "checked".
            Warning::CheckedLongAgo(d) => pick(
                lang,
                format!(
                    "informations de {} : vérifiez auprès de l'organisme que cette formation existe encore",
                    d.year()
                ),
                format!(
                    "information from {}: check with the provider that this course still exists",
                    d.year()
                ),
            ),
        }
    }
}

use super::case::capitalise;

/// "à 4,2 km", "à moins de 1 km" (never "0,0 km"), "dans votre commune" when both ends are
/// only known at commune level and coincide.
pub fn distance(km: f32, approximate: bool, lang: Lang) -> String {
    let d = format_km(km, lang);
    match (lang, approximate, km < 1.0) {
        (Lang::Fr | Lang::Facile, true, true) => "dans votre commune".into(),
        (Lang::En, true, true) => "in your town".into(),
        (Lang::Fr | Lang::Facile, false, true) => "à moins de 1 km".into(),
        (Lang::En, false, true) => "less than 1 km away".into(),
        (Lang::Fr | Lang::Facile, false, false) => format!("à {d} km"),
        (Lang::Fr | Lang::Facile, true, false) => format!("à environ {d} km"),
        (Lang::En, false, false) => format!("{d} km away"),
        (Lang::En, true, false) => format!("about {d} km away"),
    }
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
        lines.push(pick(
            lang,
            format!("à vérifier auprès de l'organisme : {facts}"),
            format!("check with the provider: {facts}"),
        ));
    }
    lines
}

/// "réservé aux 16–25 ans : vérifiez que vous êtes dans cette tranche d'âge".
fn age_to_check(ages: AgeRange, lang: Lang) -> String {
    match (ages.min, ages.max) {
        (Some(min), Some(max)) => pick(
            lang,
            format!(
                "réservé aux {min}–{max} ans : vérifiez que vous êtes dans cette tranche d'âge"
            ),
            format!("for people aged {min}–{max}: check that you are in this age range"),
        ),
        (Some(min), None) => pick(
            lang,
            format!("réservé aux {min} ans et plus : vérifiez que vous avez l'âge demandé"),
            format!("for people aged {min} and over: check that you meet the age limit"),
        ),
        (None, Some(max)) => pick(
            lang,
            format!("réservé aux {max} ans et moins : vérifiez que vous avez l'âge demandé"),
            format!("for people aged {max} and under: check that you meet the age limit"),
        ),
        (None, None) => pick(
            lang,
            "limite d'âge : à vérifier auprès de l'organisme".into(),
            "age limit: check with the provider".into(),
        ),
    }
}

/// The condition of age of a help proposed without the person's age: "si vous avez entre 16 et
/// 25 ans (jusqu'à 29 ans avec une RQTH)".
fn if_age(ages: AgeRange, lang: Lang) -> String {
    match (ages.min, ages.max) {
        (Some(16), Some(25)) => pick(
            lang,
            "si vous avez entre 16 et 25 ans (jusqu'à 29 ans avec une RQTH)".into(),
            "if you are 16–25 (up to 29 with a disability recognition)".into(),
        ),
        (Some(min), Some(max)) => pick(
            lang,
            format!("si vous avez entre {min} et {max} ans"),
            format!("if you are {min}–{max}"),
        ),
        (None, Some(max)) => pick(
            lang,
            format!("si vous avez moins de {} ans", u16::from(max) + 1),
            format!("if you are under {}", u16::from(max) + 1),
        ),
        (Some(min), None) => pick(
            lang,
            format!("si vous avez {min} ans ou plus"),
            format!("if you are {min} or over"),
        ),
        (None, None) => String::new(),
    }
}

impl Condition {
    /// The one condition a near miss fails ("à 35 km, au-delà de vos 20 km").
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Condition::Distance { km, radius_km } => pick(
                lang,
                format!(
                    "à {} km, au-delà de vos {} km",
                    format_km(*km, Lang::Fr),
                    format_km(*radius_km, Lang::Fr)
                ),
                format!(
                    "{} km away, beyond your {} km",
                    format_km(*km, Lang::En),
                    format_km(*radius_km, Lang::En)
                ),
            ),
            Condition::TooYoung { min } => pick(
                lang,
                format!("réservé aux {min} ans et plus"),
                format!("for people aged {min} and over"),
            ),
            Condition::TooOld { max } => pick(
                lang,
                format!("réservé aux {max} ans et moins"),
                format!("for people aged {max} and under"),
            ),
            // Up to the bac, a refresher course may bring the level the course expects; in higher
            // education the way in without the diploma is a validation of experience (VAPP), not
            // a refresher.
            Condition::LevelBelow { required } if *required <= EducationLevel::Bac => pick(
                lang,
                format!(
                    "demande le niveau {} (une remise à niveau peut suffire)",
                    required.label(Lang::Fr)
                ),
                format!(
                    "requires {} (a refresher course may be enough)",
                    required.label(Lang::En)
                ),
            ),
            Condition::LevelBelow { required } => pick(
                lang,
                format!(
                    "demande le niveau {} : une entrée par validation des acquis (VAPP) est parfois possible",
                    required.label(Lang::Fr)
                ),
                format!(
                    "requires {}: entry through recognition of prior experience (VAPP) is sometimes possible",
                    required.label(Lang::En)
                ),
            ),
            Condition::Modality { offered } => pick(
                lang,
                format!(
                    "se déroule {}, pas au format choisi",
                    offered.label(Lang::Fr)
                ),
                format!("is {}, not the format you chose", offered.label(Lang::En)),
            ),
            Condition::Rhythm { offered } => pick(
                lang,
                format!(
                    "rythme proposé : {}",
                    labels(offered, Lang::Fr, |r, l| r.label(l))
                ),
                format!(
                    "offered schedule: {}",
                    labels(offered, Lang::En, |r, l| r.label(l))
                ),
            ),
            Condition::StartsTooLate { start } => pick(
                lang,
                format!(
                    "commence le {}, plus tard que souhaité",
                    format_date(*start, Lang::Fr)
                ),
                format!(
                    "starts on {}, later than you wished",
                    format_date(*start, Lang::En)
                ),
            ),
            Condition::TooLong { weeks, max_weeks } => pick(
                lang,
                format!("dure environ {weeks} semaines, plus que vos {max_weeks} semaines"),
                format!("lasts about {weeks} weeks, more than your {max_weeks} weeks"),
            ),
            Condition::NotRemunerated => pick(
                lang,
                "formation non rémunérée".into(),
                "the training is not paid".into(),
            ),
            Condition::RemoteNotWanted => {
                pick(lang, "entièrement à distance".into(), "fully remote".into())
            }
        }
    }
}

impl Widening {
    /// The notice shown above the results.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Widening::Radius { from, to } => pick(
                lang,
                format!(
                    "Rien à moins de {} km : nous avons élargi la recherche à {} km.",
                    format_km(from.km(), Lang::Fr),
                    format_km(to.km(), Lang::Fr)
                ),
                format!(
                    "Nothing within {} km: we widened the search to {} km.",
                    format_km(from.km(), Lang::En),
                    format_km(to.km(), Lang::En)
                ),
            ),
            Widening::RemoteOnly { .. } => pick(
                lang,
                "Rien à moins de 100 km : voici des formations à distance.".into(),
                "Nothing within 100 km: here are remote courses.".into(),
            ),
            Widening::Nothing => pick(
                lang,
                "Aucune formation ne correspond pour l'instant : les structures ci-dessous peuvent vous aider.".into(),
                "No course fits for now: the organisations below can help you.".into(),
            ),
        }
    }
}

impl HelpReason {
    /// Why this help is proposed.
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            HelpReason::YoungIfAge(ages) => {
                let condition = if_age(ages, lang);
                return pick(
                    lang,
                    format!("{condition}, elle peut vous accompagner, notamment avec le Contrat d'engagement jeune"),
                    format!("{condition}, it can support you, including with the youth commitment contract"),
                );
            }
            HelpReason::Young => (
                "accompagne les jeunes de 16 à 25 ans (jusqu'à 29 ans avec une RQTH), dont le Contrat d'engagement jeune",
                "supports young people aged 16–25 (up to 29 with a disability recognition), including the youth commitment contract",
            ),
            HelpReason::Jobseeker => (
                "accompagne les demandeurs d'emploi et peut financer une formation",
                "supports jobseekers and can fund training",
            ),
            HelpReason::Rqth => (
                "accompagne les personnes en situation de handicap (RQTH), avec l'Agefiph pour les financements",
                "supports disabled workers (RQTH), with Agefiph for funding",
            ),
            HelpReason::Beginner => (
                "aide à prendre en main l'ordinateur et Internet, gratuitement le plus souvent",
                "helps you get started with computers and the internet, usually for free",
            ),
            HelpReason::Minor16To17 => (
                "de 16 à 18 ans, se former est obligatoire (obligation de formation) : la Mission Locale est la première porte",
                "from 16 to 18, training is compulsory: the Mission Locale is the first door",
            ),
            HelpReason::RegisterFirst => (
                "inscrivez-vous d'abord comme demandeur·euse d'emploi : cela ouvre l'accompagnement et les formations financées",
                "register as a jobseeker first: it opens support and funded training",
            ),
            HelpReason::CareerChange => (
                "accompagnement gratuit et confidentiel pour construire votre projet de reconversion",
                "free, confidential support to build your career-change plan",
            ),
            HelpReason::CareerChangeFunding => (
                "peut financer la formation d'un·e salarié·e du privé qui change de métier, rémunération maintenue sous conditions",
                "can fund the training of a private-sector employee changing career, pay kept under conditions",
            ),
            HelpReason::Newcomer => (
                "si vous êtes arrivé·e récemment, le contrat d'intégration républicaine (OFII) peut inclure des cours de français",
                "if you arrived recently, the integration contract (OFII) may include French courses",
            ),
            HelpReason::ForeignDiploma => (
                "délivre une attestation de comparabilité de votre diplôme étranger",
                "issues a comparability statement for your foreign diploma",
            ),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl NextStep {
    /// "Mission Locale, à 1,2 km : accompagne les jeunes…"
    pub fn describe(&self, lang: Lang) -> String {
        let kind = self.kind.label(lang);
        let dist = self
            .distance_km
            .map(|d| format!(", {}", distance(d, false, lang)));
        let colon = if lang != Lang::En { " :" } else { ":" };
        format!(
            "{kind}{}{colon} {}",
            dist.unwrap_or_default(),
            self.why.describe(lang)
        )
    }
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
            "Le coût et le financement : à vérifier auprès de l'organisme"
        );
    }

    #[test]
    fn facts_from_an_old_source_say_their_year_and_ask_to_check_the_course_still_exists() {
        let old = Warning::CheckedLongAgo(Date::parse("2021-03-03").unwrap());
        assert_eq!(
            old.describe(Lang::Fr),
            "informations de 2021 : vérifiez auprès de l'organisme que cette formation existe encore"
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
            "financement possible dans votre situation : France Travail et la Région ; rémunérée"
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
                "à vérifier auprès de l'organisme : le coût et le financement, la durée et le rythme"
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
            "réservé aux 16–25 ans : vérifiez que vous êtes dans cette tranche d'âge"
        );
        assert_eq!(
            w.describe(Lang::En),
            "for people aged 16–25: check that you are in this age range"
        );
        assert_eq!(
            Warning::AgeToCheck(AgeRange::SENIORS).describe(Lang::Fr),
            "réservé aux 50 ans et plus : vérifiez que vous avez l'âge demandé"
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
            network: None,
        };
        assert_eq!(
            step.describe(Lang::Fr),
            "Mission Locale, à 1,2 km : si vous avez entre 16 et 25 ans (jusqu'à 29 ans avec une RQTH), elle peut vous accompagner, notamment avec le Contrat d'engagement jeune"
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
}
