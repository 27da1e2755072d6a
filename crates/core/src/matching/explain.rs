//! Typed explanations: why a session fits ([`Reason`]) and what to check ([`Warning`]).
//! Sentences come from [`crate::text`]: `reason.describe(Lang::Fr)`.

use super::eligibility::{
    age_warnings, audience_ages, audience_fit, is_remote, level_fit, LevelFit,
};
use super::funding_route::FundingRoute;
use super::pay::Pay;
use super::score::publicly_funded_audience;
pub use super::warning::{Fact, Warning};
use crate::catalogue::{
    Audience, CoordinatesPrecision, Course, Funder, FundingKind, Intake, Place, Recruitment,
    SelectionStep, Session,
};
use crate::date::Date;
use crate::profile::{Domain, EducationLevel, Modality, Profile, Rhythm, Rqth};

/// Why a session suits the person.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// "à 4,2 km" (approximate when the place is only known at commune level).
    Distance {
        /// Kilometres.
        km: f32,
        /// Coordinates at commune level only.
        approximate: bool,
    },
    /// Followed fully remotely.
    Remote,
    /// "aucun diplôme requis".
    NoDiplomaRequired,
    /// The person has the required level.
    LevelMet {
        /// Required level.
        required: EducationLevel,
    },
    /// Matches interests.
    Interest {
        /// Domains in common.
        domains: Vec<Domain>,
    },
    /// In none of the domains the person chose: "dans un autre domaine que vos choix".
    OtherDomain {
        /// The course's domains.
        domains: Vec<Domain>,
    },
    /// "gratuit" (and remunerated / for jobseekers).
    Free {
        /// Trainees can be paid.
        remunerated: bool,
        /// Said for jobseekers (the person is one).
        for_jobseekers: bool,
    },
    /// Funding possible: by the course's funders that the person's [`FundingRoute`] reaches
    /// (empty: ask which applies). Never said to be free for the person.
    Funded {
        /// The funders of the person's route.
        funders: Vec<Funder>,
        /// Trainees can be paid.
        remunerated: bool,
        /// Said for jobseekers (the person is one).
        for_jobseekers: bool,
    },
    /// Trainees can be paid (cost otherwise not stated as free).
    Remunerated,
    /// "prochaine rentrée le 12 janvier 2027".
    NextStart {
        /// Start date.
        date: Date,
    },
    /// Rolling entries: start any time.
    PermanentIntake,
    /// A recognised certification.
    Certification {
        /// RNCP-registered.
        rncp: bool,
        /// European level.
        level: Option<u8>,
    },
    /// The modality the person chose.
    ModalityFits(Modality),
    /// A rhythm the person chose.
    RhythmFits(Rhythm),
    /// Step-free access.
    WheelchairAccessible,
    /// A disability referent is named.
    DisabilityReferent,
    /// Reserved to an audience the person belongs to.
    ReservedForYou(Audience),
}

/// Builds the reasons and warnings of a session that the person can join.
pub fn explain(
    p: &Profile,
    c: &Course,
    s: &Session,
    place: Option<&Place>,
    distance_km: Option<f32>,
    today: Date,
) -> (Vec<Reason>, Vec<Warning>) {
    let mut r = Vec::with_capacity(8);
    let mut w = Vec::with_capacity(6);
    let remote = is_remote(c, s);
    if remote {
        r.push(Reason::Remote);
    } else if let Some(km) = distance_km {
        let approximate =
            place.is_some_and(|pl| pl.coordinates_precision == CoordinatesPrecision::Commune);
        r.push(Reason::Distance { km, approximate });
        if approximate {
            w.push(Warning::ApproximateLocation);
        }
    }
    let common: Vec<Domain> = c
        .domains
        .iter()
        .copied()
        .filter(|d| p.interests.contains(*d))
        .collect();
    if !common.is_empty() {
        r.push(Reason::Interest { domains: common });
    } else if !p.interests.is_empty() {
        r.push(Reason::OtherDomain {
            domains: c.domains.clone(),
        });
    }
    match s.intake {
        Intake::EntreesPermanentes => r.push(Reason::PermanentIntake),
        Intake::DatesFixes if s.start.is_some() => {
            if let Some(date) = s.start {
                r.push(Reason::NextStart { date });
            }
        }
        _ => w.push(Warning::DatesToConfirm),
    }
    if let Some(d) = s.application_deadline {
        if today.days_until(d) <= 30 {
            w.push(Warning::ApplyBefore(d));
        }
    }
    match c.min_level {
        Some(EducationLevel::SansDiplome) => r.push(Reason::NoDiplomaRequired),
        Some(required) if level_fit(p, c) == LevelFit::PossibleButHard => {
            w.push(Warning::LevelPossibleButHard { required })
        }
        Some(required) => r.push(Reason::LevelMet { required }),
        None => w.push(Warning::Unknown(Fact::EntryLevel)),
    }
    let for_jobseekers = p.situation.is_jobseeker();
    let pay = Pay::of(c);
    let remunerated = pay == Pay::Paid;
    match &c.funding {
        Some(f) if f.kind == FundingKind::Gratuit => r.push(Reason::Free {
            remunerated,
            for_jobseekers,
        }),
        Some(f) if f.kind == FundingKind::Finance => r.push(Reason::Funded {
            funders: FundingRoute::for_profile(p).funders_of(c),
            remunerated,
            for_jobseekers,
        }),
        Some(f) => {
            w.push(Warning::Paying {
                price_eur: f.price_eur,
            });
            if remunerated {
                r.push(Reason::Remunerated);
            }
        }
        None => {
            w.push(Warning::Unknown(Fact::Cost));
            if remunerated {
                r.push(Reason::Remunerated);
            }
        }
    }
    if pay == Pay::ToCheck && (p.constraints.needs_remuneration || publicly_funded_audience(p)) {
        w.push(Warning::Unknown(Fact::Remuneration));
    }
    if c.rncp_code.is_some() || c.certification_level.is_some() {
        r.push(Reason::Certification {
            rncp: c.rncp_code.is_some(),
            level: c.certification_level,
        });
    }
    match c.modality {
        Some(m) if p.constraints.modalities.contains(&m) => r.push(Reason::ModalityFits(m)),
        Some(_) => {}
        None => w.push(Warning::Unknown(Fact::Modality)),
    }
    if let Some(rh) = c.rhythms.iter().find(|x| p.constraints.rhythms.contains(x)) {
        r.push(Reason::RhythmFits(*rh));
    } else if c.rhythms.is_empty() {
        w.push(Warning::Unknown(Fact::Rhythm));
    }
    if p.constraints.max_duration.is_some()
        && c.duration_weeks.is_none()
        && c.duration_hours.is_none()
    {
        w.push(Warning::Unknown(Fact::Duration));
    }
    if p.rqth == Rqth::Oui && !remote {
        let a = place.map(|pl| &pl.accessibility);
        if a.is_some_and(|a| a.wheelchair == Some(true)) {
            r.push(Reason::WheelchairAccessible);
        }
        if a.is_some_and(|a| a.disability_referent == Some(true)) {
            r.push(Reason::DisabilityReferent);
        }
        if a.is_none_or(|a| a.wheelchair.is_none() && a.disability_referent.is_none()) {
            w.push(Warning::Unknown(Fact::Accessibility));
        }
    }
    for a in &c.reserved_for {
        match audience_fit(p, *a) {
            Some(true) if *a != Audience::TousPublics => r.push(Reason::ReservedForYou(*a)),
            None => match audience_ages(p, *a).filter(|_| p.age.is_none()) {
                Some(ages) => push_once(&mut w, Warning::AgeToCheck(ages)),
                None => w.push(Warning::ReservedFor(*a)),
            },
            _ => {}
        }
    }
    if c.reserved_for.contains(&Audience::DemandeursEmploi)
        && p.situation == crate::profile::Situation::DemandeurEmploiNonInscrit
    {
        w.push(Warning::RegisterWithFranceTravail);
    }
    age_warnings(p, c, &mut w);
    for step in &c.selection {
        if matches!(
            step,
            SelectionStep::Tests | SelectionStep::Entretien | SelectionStep::Dossier
        ) {
            w.push(Warning::Selection(*step));
        }
    }
    if s.recruitment.is_none() {
        w.push(Warning::Unknown(Fact::Recruitment));
    } else if s.recruitment != Some(Recruitment::Ouvert) {
        // Closed sessions are excluded before; kept for completeness of the match.
        w.push(Warning::Unknown(Fact::Recruitment));
    }
    if c.verified_on.days_until(today) > 365 {
        w.push(Warning::CheckedLongAgo(c.verified_on));
    }
    (r, w)
}

/// Adds a warning unless the same one is there (a 16–25 course reserved to "jeunes" says it once).
fn push_once(w: &mut Vec<Warning>, warning: Warning) {
    if !w.contains(&warning) {
        w.push(warning);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Audience;
    use crate::matching::eligibility::tests_support::course;
    use crate::profile::Situation;
    use crate::profile::{Age, AgeRange};

    fn today() -> Date {
        Date::parse("2026-11-23").unwrap()
    }

    fn session() -> Session {
        Session {
            id: "s".into(),
            course: "c".into(),
            place: None,
            intake: Intake::EntreesPermanentes,
            start: None,
            end: None,
            application_deadline: None,
            recruitment: Some(Recruitment::Ouvert),
            seats: None,
        }
    }

    fn warnings(p: &Profile, c: &Course) -> Vec<Warning> {
        explain(p, c, &session(), None, None, today()).1
    }

    fn age_warnings(p: &Profile, c: &Course) -> Vec<Warning> {
        warnings(p, c)
            .into_iter()
            .filter(|w| {
                matches!(
                    w,
                    Warning::AgeToCheck(_)
                        | Warning::MinAge(_)
                        | Warning::MaxAge(_)
                        | Warning::ReservedFor(_)
                )
            })
            .collect()
    }

    #[test]
    fn course_age_limits_say_to_check_when_the_age_is_not_given() {
        let mut c = course();
        c.age_min = Some(16);
        c.age_max = Some(25);
        let mut p = Profile::new(None, EducationLevel::Bac, Situation::DemandeurEmploiInscrit);
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::AgeToCheck(AgeRange::between(16, 25))]
        );
        // A known age inside the limits: nothing to check (a limit met is not a warning).
        p.age = Age::new(20);
        assert_eq!(age_warnings(&p, &c), vec![]);
        // A minimum under 16 is not worth a line, known age or not.
        c.age_min = Some(15);
        c.age_max = None;
        assert_eq!(age_warnings(&p, &c), vec![]);
        p.age = None;
        assert_eq!(age_warnings(&p, &c), vec![]);
        c.age_min = Some(18);
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::AgeToCheck(AgeRange {
                min: Some(18),
                max: None
            })]
        );
    }

    #[test]
    fn age_audiences_say_to_check_the_age_band_once() {
        let mut c = course();
        c.reserved_for = vec![Audience::Jeunes];
        let mut p = Profile::new(None, EducationLevel::Bac, Situation::DemandeurEmploiInscrit);
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::AgeToCheck(AgeRange::YOUNG)]
        );
        // Same band from the limits and the audience: said once.
        c.age_min = Some(16);
        c.age_max = Some(25);
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::AgeToCheck(AgeRange::YOUNG)]
        );
        // With an RQTH, the Mission Locale audience goes to 29.
        c.age_min = None;
        c.age_max = None;
        p.rqth = Rqth::Oui;
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::AgeToCheck(AgeRange::YOUNG_RQTH)]
        );
        c.reserved_for = vec![Audience::Seniors];
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::AgeToCheck(AgeRange::SENIORS)]
        );
        // Known age in the audience: a reason, no warning.
        p.age = Age::new(55);
        let (reasons, _) = explain(&p, &c, &session(), None, None, today());
        assert!(reasons.contains(&Reason::ReservedForYou(Audience::Seniors)));
        assert_eq!(age_warnings(&p, &c), vec![]);
        // Audiences the quiz cannot know keep their own warning.
        c.reserved_for = vec![Audience::ResidentsQpvFrr];
        p.age = None;
        assert_eq!(
            age_warnings(&p, &c),
            vec![Warning::ReservedFor(Audience::ResidentsQpvFrr)]
        );
    }

    #[test]
    fn a_young_situation_answers_the_young_audience_without_an_age() {
        let mut c = course();
        c.reserved_for = vec![Audience::Jeunes];
        let p = Profile::new(
            None,
            EducationLevel::SansDiplome,
            Situation::JeuneSansEmploiNiFormation,
        );
        let (reasons, w) = explain(&p, &c, &session(), None, None, today());
        assert!(reasons.contains(&Reason::ReservedForYou(Audience::Jeunes)));
        assert!(!w.iter().any(|w| matches!(w, Warning::AgeToCheck(_))));
    }
}
