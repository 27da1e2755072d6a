//! French and English sentences of the results page beyond the cards: pay, routes to an
//! income, funding route, interest coverage, widening offers and how the ranking is made.

use super::{format_km, pick, Lang};
use crate::matching::{
    Criterion, FundingRoute, IncomeRoute, InterestCoverage, MoreOptions, Pay, RankStep, RANKING,
    WEIGHTS,
};
use crate::profile::{Domain, Radius};

impl Pay {
    /// "rémunérée", "non rémunérée", "à vérifier auprès de l'organisme" (agrees with "la formation").
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            Pay::Paid => ("rémunérée", "paid"),
            Pay::Unpaid => ("non rémunérée", "not paid"),
            Pay::ToCheck => (
                "à vérifier auprès de l'organisme",
                "check with the provider",
            ),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl IncomeRoute {
    /// The route in one sentence, with who to ask.
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            IncomeRoute::ContratEngagementJeune => (
                "Contrat d'engagement jeune (16–25 ans, 29 avec une RQTH) : une allocation pendant un parcours vers la formation ; à demander à la Mission Locale.",
                "Youth commitment contract (16–25, 29 with an RQTH): an allowance along a path to training; ask the Mission Locale.",
            ),
            IncomeRoute::RemunerationRegion => (
                "Rémunération de la Région : en recherche d'emploi sans allocation chômage, une formation financée par la Région peut être rémunérée ; à demander avant l'entrée en formation.",
                "Région pay: as a jobseeker without unemployment benefit, a course funded by the Région can be paid; ask before it starts.",
            ),
            IncomeRoute::Apprentissage => (
                "Alternance (apprentissage, contrat de professionnalisation) : un contrat de travail payé ; il faut trouver un employeur.",
                "Work-study (apprenticeship, professionalisation contract): a paid job contract; you need to find an employer.",
            ),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl FundingRoute {
    /// Who can fund a training in the person's situation.
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            FundingRoute::Rqth => (
                "Avec une RQTH, Cap Emploi et l'Agefiph peuvent financer la formation et ses adaptations.",
                "With a disability recognition (RQTH), Cap Emploi and Agefiph can fund the training and its adjustments.",
            ),
            FundingRoute::Young => (
                "Entre 16 et 25 ans, la Mission Locale peut vous aider à financer la formation (Contrat d'engagement jeune, aides de la Région).",
                "Aged 16–25, the Mission Locale can help you fund the training (youth commitment contract, Région grants).",
            ),
            FundingRoute::Jobseeker => (
                "En recherche d'emploi, la Région ou France Travail (AIF) peuvent prendre en charge la formation, parfois avec une rémunération : renseignez-vous auprès de France Travail (l'inscription est gratuite) avant d'entrer en formation.",
                "As a jobseeker, the Région or France Travail (AIF) can pay for the training, sometimes with pay: ask France Travail (registering is free) before the course starts.",
            ),
            FundingRoute::Employee => (
                "Salarié·e, vous pouvez utiliser votre CPF, ou demander un projet de transition professionnelle (Transitions Pro).",
                "As an employee, you can use your CPF, or apply for a career transition project (Transitions Pro).",
            ),
            FundingRoute::Other => (
                "Demandez à l'organisme quels financements sont possibles dans votre situation.",
                "Ask the provider which funding is possible in your situation.",
            ),
        };
        pick(lang, fr.into(), en.into())
    }
}

fn domains_or(domains: &[Domain], lang: Lang) -> String {
    let words: Vec<&str> = domains.iter().map(|d| d.label(lang)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, init)) => {
            let or = pick(lang, " ou ".to_string(), " or ".to_string());
            format!("{}{or}{last}", init.join(", "))
        }
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
        let what = domains_or(domains, lang);
        let km = format_km(radius.km(), lang);
        let (fr_remote, en_remote) = match remote {
            0 => (String::new(), String::new()),
            1 => (
                "voici 1 formation à distance dans ce domaine".to_string(),
                "here is 1 remote course in this field".to_string(),
            ),
            n => (
                format!("voici {n} formations à distance dans ce domaine"),
                format!("here are {n} remote courses in this field"),
            ),
        };
        let (fr_rest, en_rest) = match (*remote > 0, *others) {
            (true, true) => (
                format!(" ; {fr_remote}, puis des formations proches dans d'autres domaines"),
                format!("; {en_remote}, then courses nearby in other fields"),
            ),
            (true, false) => (format!(" ; {fr_remote}"), format!("; {en_remote}")),
            (false, true) => (
                " ; voici des formations proches dans d'autres domaines".to_string(),
                "; here are courses nearby in other fields".to_string(),
            ),
            (false, false) => (String::new(), String::new()),
        };
        Some(pick(
            lang,
            format!("Aucune formation en {what} sur place à moins de {km} km{fr_rest}."),
            format!("No in-person course in {what} within {km} km{en_rest}."),
        ))
    }
}

impl MoreOptions {
    fn courses(self, n: usize, lang: Lang) -> String {
        match (lang, n == 1, self.in_your_fields) {
            (Lang::Fr | Lang::Facile, true, false) => "1 formation".into(),
            (Lang::Fr | Lang::Facile, false, false) => format!("{n} formations"),
            (Lang::Fr | Lang::Facile, true, true) => "1 formation dans vos domaines".into(),
            (Lang::Fr | Lang::Facile, false, true) => format!("{n} formations dans vos domaines"),
            (Lang::En, true, false) => "1 course".into(),
            (Lang::En, false, false) => format!("{n} courses"),
            (Lang::En, true, true) => "1 course in your fields".into(),
            (Lang::En, false, true) => format!("{n} courses in your fields"),
        }
    }

    /// "Élargir à 50 km : 4 formations (dans vos domaines)", for [`MoreOptions::wider`].
    pub fn describe_wider(self, radius: Radius, courses: usize, lang: Lang) -> String {
        let km = format_km(radius.km(), lang);
        let n = self.courses(courses, lang);
        match lang {
            Lang::Fr | Lang::Facile => format!("Élargir à {km} km : {n}"),
            Lang::En => format!("Widen to {km} km: {n}"),
        }
    }

    /// "Voir aussi les formations à distance : 2 formations", for [`MoreOptions::remote`].
    pub fn describe_remote(self, lang: Lang) -> String {
        let n = self.courses(self.remote, lang);
        match lang {
            Lang::Fr | Lang::Facile => format!("Voir aussi les formations à distance : {n}"),
            Lang::En => format!("Also show remote courses: {n}"),
        }
    }
}

impl Criterion {
    /// What the criterion counts, in a few words.
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            Criterion::Interest => ("un domaine que vous avez choisi", "a field you chose"),
            Criterion::Distance => ("la distance (moitié à 10 km)", "distance (half at 10 km)"),
            Criterion::Funding => ("gratuite ou financée", "free or funded"),
            Criterion::Start => ("un début proche", "a start soon"),
            Criterion::BeginnerBasics => ("les bases, si vous débutez", "basics, for beginners"),
            Criterion::Remuneration => ("une formation rémunérée", "paid training"),
            Criterion::Level => ("un niveau adapté au vôtre", "a level that suits yours"),
            Criterion::WomenOnly => ("réservée aux femmes, si demandé", "women only, if asked"),
            Criterion::Accessibility => ("l'accessibilité (RQTH)", "accessibility (RQTH)"),
            Criterion::Modality => ("le format choisi", "the format you chose"),
            Criterion::Rhythm => ("le rythme choisi", "the schedule you chose"),
            Criterion::Duration => ("une durée connue", "a known duration"),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl RankStep {
    /// The step in one sentence.
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            RankStep::Eligibility => (
                "Seules les formations accessibles (âge, niveau, public, dates, distance) sont proposées ; il manque une condition à celles listées à part.",
                "Only courses you can join (age, level, audience, dates, distance) are shown; those listed apart miss one condition.",
            ),
            RankStep::Interest => (
                "Les formations dans les domaines que vous avez choisis passent en premier.",
                "Courses in the fields you chose come first.",
            ),
            RankStep::PayWhenNeeded => (
                "Si vous devez être rémunéré·e : les formations rémunérées, puis celles à vérifier.",
                "If you need pay: paid courses, then those to check.",
            ),
            RankStep::Score => (
                "Puis un score, somme de points :",
                "Then a score, a sum of points:",
            ),
            RankStep::Nearest => (
                "À score égal, la plus proche. Aucun organisme ne paie pour son rang.",
                "Equal scores: the nearest. No provider pays for its rank.",
            ),
        };
        pick(lang, fr.into(), en.into())
    }
}

/// How the ranking is made: the steps of [`RANKING`] in order, the [`WEIGHTS`] listed under
/// the score step ("jusqu'à 300 points : un domaine que vous avez choisi").
pub fn ranking_disclosure(lang: Lang) -> Vec<(String, Vec<String>)> {
    RANKING
        .iter()
        .map(|step| {
            let points = if *step == RankStep::Score {
                WEIGHTS
                    .iter()
                    .map(|w| {
                        pick(
                            lang,
                            format!(
                                "jusqu'à {} points : {}",
                                w.points,
                                w.criterion.describe(lang)
                            ),
                            format!("up to {} points: {}", w.points, w.criterion.describe(lang)),
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
            "jusqu'à 300 points : un domaine que vous avez choisi"
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
            "Aucune formation en support & maintenance informatique sur place à moins de 20 km ; voici 1 formation à distance dans ce domaine, puis des formations proches dans d'autres domaines."
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
