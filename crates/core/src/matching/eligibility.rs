//! Hard eligibility rules and the relaxable conditions whose single failure makes a near miss.

use super::warning::Warning;
use crate::catalogue::{Audience, Course, Intake, Recruitment, Session};
use crate::date::Date;
use crate::profile::{Age, AgeRange, EducationLevel, Gender, Modality, Profile, Rhythm, Situation};

/// A condition a session failed; a session failing exactly one is a near miss.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// Farther than the radius.
    Distance {
        /// Distance in km.
        km: f32,
        /// The radius searched, in km.
        radius_km: f32,
    },
    /// The person is younger than the minimum age (by at most 2 years).
    TooYoung {
        /// Minimum age.
        min: u8,
    },
    /// The person is older than the maximum age (by at most 2 years).
    TooOld {
        /// Maximum age.
        max: u8,
    },
    /// The person's level is one step below the required level.
    LevelBelow {
        /// Required level.
        required: EducationLevel,
    },
    /// The modality is not one the person chose.
    Modality {
        /// What the course offers.
        offered: Modality,
    },
    /// None of the rhythms is one the person chose.
    Rhythm {
        /// What the course offers.
        offered: Vec<Rhythm>,
    },
    /// Starts after the person's start window.
    StartsTooLate {
        /// Start date.
        start: Date,
    },
    /// Longer than the person's maximum duration.
    TooLong {
        /// Duration in weeks.
        weeks: u32,
        /// The person's maximum, in weeks.
        max_weeks: u32,
    },
    /// Not remunerated, and the person needs a paid training.
    NotRemunerated,
    /// Fully remote, and the person did not say remote was fine.
    RemoteNotWanted,
}

/// How many years outside an age limit still count as a near miss.
pub const AGE_TOLERANCE: u8 = 2;

/// Why a session can never be proposed (not even as a near miss).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exclusion {
    /// Recruitment closed or suspended.
    NotRecruiting,
    /// Already started (fixed dates), ended, or application deadline passed.
    Past,
    /// Reserved to audiences the person is not part of.
    Audience,
    /// Age, level or several conditions far off.
    TooFar,
}

/// Whether the person belongs to an audience: `Some(true)` yes, `Some(false)` no,
/// `None` the quiz does not know (the result then carries a warning).
pub fn audience_fit(p: &Profile, a: Audience) -> Option<bool> {
    match a {
        Audience::TousPublics => Some(true),
        Audience::DemandeursEmploi => Some(p.situation.is_jobseeker()),
        Audience::Jeunes => p.is_young(),
        Audience::PersonnesEnSituationDeHandicap => Some(p.rqth == crate::profile::Rqth::Oui),
        Audience::Etudiants => Some(p.situation == Situation::EtudiantLyceen),
        Audience::Actifs => Some(matches!(
            p.situation,
            Situation::SalarieReconversion | Situation::IndependantCreation
        )),
        Audience::Seniors => p.age.map(|age| AgeRange::SENIORS.contains(age.years())),
        Audience::ResidentsQpvFrr => p.qpv,
        // Women-only programmes: for a woman, not for a man. "Autre" and "je préfère ne pas
        // répondre" keep them with a warning (each programme sets its own rule); a person who
        // asked for women-only programmes (`women_only`, as in links made before the question)
        // and did not answer is taken at her word.
        Audience::Femmes => match p.gender {
            Gender::Femme => Some(true),
            Gender::Homme => Some(false),
            Gender::NePasDire if p.women_only => Some(true),
            Gender::Autre | Gender::NePasDire => None,
        },
        Audience::BeneficiairesDesMinimasSociaux | Audience::PersonnesExilees => None,
    }
}

/// The ages an audience is defined by (`jeunes`, `seniors`), for this person (to 29 with an RQTH).
pub fn audience_ages(p: &Profile, a: Audience) -> Option<AgeRange> {
    match a {
        Audience::Jeunes => Some(p.young_range()),
        Audience::Seniors => Some(AgeRange::SENIORS),
        _ => None,
    }
}

/// Audience rule: open courses pass; reserved ones need one audience that fits or may fit.
pub fn audience_ok(p: &Profile, c: &Course) -> bool {
    c.reserved_for.is_empty()
        || c.reserved_for
            .iter()
            .any(|a| audience_fit(p, *a) != Some(false))
}

/// Recruitment and date rule, relative to `today`.
pub fn session_open(s: &Session, today: Date) -> bool {
    if matches!(
        s.recruitment,
        Some(Recruitment::Ferme | Recruitment::Suspendu)
    ) {
        return false;
    }
    if s.application_deadline.is_some_and(|d| d < today) || s.end.is_some_and(|d| d < today) {
        return false;
    }
    !(s.intake == Intake::DatesFixes && s.start.is_some_and(|d| d < today))
}

/// Age rule: `Ok` inside the limits, `Err(Some(c))` just outside, `Err(None)` far outside.
/// An age not given passes: the result then says which limits to check
/// ([`crate::matching::Warning::AgeToCheck`]), it never guesses.
pub fn age_check(p: &Profile, c: &Course) -> Result<(), Option<Condition>> {
    let Some(age) = p.age.map(Age::years) else {
        return Ok(());
    };
    if let Some(min) = c.age_min {
        if age < min {
            return Err((min - age <= AGE_TOLERANCE).then_some(Condition::TooYoung { min }));
        }
    }
    if let Some(max) = c.age_max {
        if age > max {
            return Err((age - max <= AGE_TOLERANCE).then_some(Condition::TooOld { max }));
        }
    }
    Ok(())
}

/// Entry-level rule: one step below is a near miss, more is excluded. Unknown = pass.
pub fn level_check(p: &Profile, c: &Course) -> Result<(), Option<Condition>> {
    match (level_fit(p, c), c.min_level) {
        (LevelFit::OneBelow, Some(required)) => Err(Some(Condition::LevelBelow { required })),
        (LevelFit::FarBelow, _) => Err(None),
        _ => Ok(()),
    }
}

/// How the person's diploma fits a course's entry level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelFit {
    /// The course does not say its entry level.
    NotSaid,
    /// The person has the level.
    Meets,
    /// The person has the level on paper, but the route is hard: a bac pro towards a course
    /// leading to a licence-level (European level 6 or more) qualification, where most
    /// entrants hold a general or technological bac.
    PossibleButHard,
    /// One level below (a near miss, [`Condition::LevelBelow`]).
    OneBelow,
    /// Two levels or more below (excluded).
    FarBelow,
}

/// The person's level against the course's entry level (see [`LevelFit`]).
pub fn level_fit(p: &Profile, c: &Course) -> LevelFit {
    let Some(req) = c.min_level else {
        return LevelFit::NotSaid;
    };
    if p.level < req {
        let gap = (req as u8).saturating_sub(p.level as u8);
        return if gap == 1 {
            LevelFit::OneBelow
        } else {
            LevelFit::FarBelow
        };
    }
    let licence_level = c.certification_level.is_some_and(|l| l >= 6);
    if p.bac_pro && p.level == EducationLevel::Bac && licence_level {
        LevelFit::PossibleButHard
    } else {
        LevelFit::Meets
    }
}

/// The age lines of a course the person may join: with the age given, a limit the person meets
/// says nothing (a 52-year-old is not told "réservé aux 18 ans et plus"), a limit just missed
/// is said; a minor is told to check a minimum the course does not state; without the age, the
/// limits to check. `push_once` keeps one line per band (an audience may say the same band).
pub fn age_warnings(p: &Profile, c: &Course, w: &mut Vec<Warning>) {
    // A minimum under 16 concerns no one the quiz is for: not worth a line.
    let limits = AgeRange {
        min: c.age_min.filter(|min| *min >= 16),
        max: c.age_max,
    };
    match p.age.map(Age::years) {
        Some(age) => {
            w.extend(limits.min.filter(|m| age < *m).map(Warning::MinAge));
            w.extend(limits.max.filter(|m| age > *m).map(Warning::MaxAge));
            if p.is_minor() && c.age_min.is_none() {
                w.push(Warning::MinorCheckMinimumAge);
            }
        }
        None if limits.is_limited() => {
            let warning = Warning::AgeToCheck(limits);
            if !w.contains(&warning) {
                w.push(warning);
            }
        }
        None => {}
    }
}

/// Approximate length in weeks: `duration_weeks`, else hours at 35 h a week.
pub fn course_weeks(c: &Course) -> Option<u32> {
    c.duration_weeks
        .or(c.duration_hours.map(|h| h.div_ceil(35)))
}

/// Whether the session is followed fully remotely.
pub fn is_remote(c: &Course, s: &Session) -> bool {
    s.place.is_none() || c.modality == Some(Modality::Distanciel)
}

/// The person's preferences that depend only on the course (modality, rhythm, duration, pay).
/// Pushes failed conditions into `out` (unknown facts pass).
pub fn course_preferences(p: &Profile, c: &Course, out: &mut Vec<Condition>) {
    let k = &p.constraints;
    if let Some(m) = c.modality {
        if !k.modalities.is_empty() && !k.modalities.contains(&m) {
            out.push(Condition::Modality { offered: m });
        }
    }
    if !k.rhythms.is_empty()
        && !c.rhythms.is_empty()
        && !c.rhythms.iter().any(|r| k.rhythms.contains(r))
    {
        out.push(Condition::Rhythm {
            offered: c.rhythms.clone(),
        });
    }
    if let (Some(max), Some(weeks)) = (k.max_duration, course_weeks(c)) {
        if weeks > max.weeks() {
            out.push(Condition::TooLong {
                weeks,
                max_weeks: max.weeks(),
            });
        }
    }
    if k.needs_remuneration
        && c.remuneration == Some(false)
        && !c.rhythms.contains(&Rhythm::Alternance)
    {
        out.push(Condition::NotRemunerated);
    }
}

/// Start-window rule: a fixed start later than the window fails; rolling or unknown starts pass.
pub fn start_check(p: &Profile, s: &Session, today: Date) -> Option<Condition> {
    let max = p.constraints.start?.max_days()?;
    let start = s.start?;
    (s.intake == Intake::DatesFixes && today.days_until(start) > max)
        .then_some(Condition::StartsTooLate { start })
}

#[cfg(test)]
pub(crate) mod tests_support {
    pub(crate) use super::tests::course;
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalogue::HttpUrl;
    use crate::profile::{Domain, Rqth, StartWindow};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    pub(crate) fn course() -> Course {
        Course {
            id: "c".into(),
            provider: "o".into(),
            title: "t".into(),
            summary: None,
            domains: vec![Domain::DataIa],
            rome_codes: vec![],
            rncp_code: None,
            certification_level: None,
            min_level: None,
            prerequisites: None,
            age_min: None,
            age_max: None,
            reserved_for: vec![],
            modality: None,
            rhythms: vec![],
            duration_hours: None,
            duration_weeks: None,
            funding: None,
            remuneration: None,
            selection: vec![],
            target_jobs: vec![],
            source_url: HttpUrl::parse("https://example.org").unwrap(),
            verified_on: d("2026-01-01"),
        }
    }

    fn session(intake: Intake, start: Option<&str>) -> Session {
        Session {
            id: "s".into(),
            course: "c".into(),
            place: None,
            intake,
            start: start.map(d),
            end: None,
            application_deadline: None,
            recruitment: Some(Recruitment::Ouvert),
            seats: None,
        }
    }

    #[test]
    fn young_audience_goes_to_29_with_rqth() {
        let mut p = Profile::new(
            Age::new(27),
            EducationLevel::Bac,
            Situation::JeuneSansEmploiNiFormation,
        );
        assert_eq!(audience_fit(&p, Audience::Jeunes), Some(false));
        p.rqth = Rqth::Oui;
        assert_eq!(audience_fit(&p, Audience::Jeunes), Some(true));
        assert_eq!(
            audience_fit(&p, Audience::ResidentsQpvFrr),
            None,
            "QPV not answered"
        );
        p.qpv = Some(false);
        assert_eq!(audience_fit(&p, Audience::ResidentsQpvFrr), Some(false));
        let mut c = course();
        c.reserved_for = vec![Audience::ResidentsQpvFrr, Audience::Femmes];
        assert!(
            audience_ok(&p, &c),
            "women-only, gender not said: shown with a warning"
        );
        c.reserved_for = vec![Audience::ResidentsQpvFrr, Audience::Etudiants];
        assert!(!audience_ok(&p, &c));
    }

    #[test]
    fn age_audiences_are_unknown_without_an_age_never_guessed() {
        let mut p = Profile::new(None, EducationLevel::Bac, Situation::DemandeurEmploiInscrit);
        assert_eq!(audience_fit(&p, Audience::Jeunes), None);
        assert_eq!(audience_fit(&p, Audience::Seniors), None);
        let mut c = course();
        c.reserved_for = vec![Audience::Seniors];
        assert!(
            audience_ok(&p, &c),
            "not excluded: the result says to check"
        );
        p.age = Age::new(62);
        assert_eq!(audience_fit(&p, Audience::Seniors), Some(true));
        assert_eq!(audience_fit(&p, Audience::Jeunes), Some(false));
        p.age = Age::new(30);
        assert_eq!(audience_fit(&p, Audience::Seniors), Some(false));
        assert!(!audience_ok(&p, &c));
        assert_eq!(
            audience_ages(&p, Audience::Jeunes),
            Some(AgeRange::between(16, 25))
        );
        p.rqth = Rqth::Oui;
        assert_eq!(
            audience_ages(&p, Audience::Jeunes),
            Some(AgeRange::between(16, 29))
        );
        assert_eq!(audience_ages(&p, Audience::Femmes), None);
    }

    #[test]
    fn age_limits_pass_without_an_age() {
        let mut p = Profile::new(None, EducationLevel::Bac, Situation::Autre);
        let mut c = course();
        c.age_min = Some(16);
        c.age_max = Some(25);
        assert_eq!(age_check(&p, &c), Ok(()));
        p.age = Age::new(40);
        assert_eq!(age_check(&p, &c), Err(None));
        p.age = Age::new(27);
        assert_eq!(age_check(&p, &c), Err(Some(Condition::TooOld { max: 25 })));
    }

    #[test]
    fn sessions_closed_started_or_past_deadline_are_out() {
        let today = d("2026-11-23");
        assert!(session_open(
            &session(Intake::DatesFixes, Some("2026-11-23")),
            today
        ));
        assert!(!session_open(
            &session(Intake::DatesFixes, Some("2026-11-22")),
            today
        ));
        assert!(session_open(
            &session(Intake::EntreesPermanentes, Some("2020-01-01")),
            today
        ));
        let mut s = session(Intake::AConfirmer, None);
        assert!(session_open(&s, today));
        s.recruitment = Some(Recruitment::Suspendu);
        assert!(!session_open(&s, today));
        let mut s = session(Intake::EntreesPermanentes, None);
        s.application_deadline = Some(d("2026-11-22"));
        assert!(!session_open(&s, today));
        s.application_deadline = None;
        s.end = Some(d("2026-11-01"));
        assert!(!session_open(&s, today));
    }

    #[test]
    fn age_and_level_tolerances() {
        let p = Profile::new(
            Age::new(16),
            EducationLevel::Brevet,
            Situation::EtudiantLyceen,
        );
        let mut c = course();
        c.age_min = Some(18);
        assert_eq!(
            age_check(&p, &c),
            Err(Some(Condition::TooYoung { min: 18 }))
        );
        c.age_min = Some(19);
        assert_eq!(
            age_check(&p, &c),
            Err(None),
            "3 years off is not a near miss"
        );
        c.age_min = None;
        c.min_level = Some(EducationLevel::CapBep);
        assert_eq!(
            level_check(&p, &c),
            Err(Some(Condition::LevelBelow {
                required: EducationLevel::CapBep
            }))
        );
        c.min_level = Some(EducationLevel::Bac);
        assert_eq!(level_check(&p, &c), Err(None));
        c.min_level = Some(EducationLevel::SansDiplome);
        assert_eq!(level_check(&p, &c), Ok(()));
    }

    #[test]
    fn start_window_applies_to_fixed_dates_only() {
        let today = d("2026-11-23");
        let mut p = Profile::new(Age::new(30), EducationLevel::Bac, Situation::Autre);
        p.constraints.start = Some(StartWindow::Moins3Mois);
        assert!(start_check(&p, &session(Intake::DatesFixes, Some("2027-01-15")), today).is_none());
        assert!(start_check(&p, &session(Intake::DatesFixes, Some("2027-04-15")), today).is_some());
        assert!(start_check(&p, &session(Intake::AConfirmer, Some("2027-04-15")), today).is_none());
        p.constraints.start = Some(StartWindow::PlusTard);
        assert!(start_check(&p, &session(Intake::DatesFixes, Some("2028-04-15")), today).is_none());
    }

    #[test]
    fn a_women_only_programme_is_for_women_not_for_men_and_checked_otherwise() {
        let mut p = Profile::new(Age::new(30), EducationLevel::Bac, Situation::Autre);
        let mut c = course();
        c.reserved_for = vec![Audience::Femmes];
        p.gender = Gender::Femme;
        assert_eq!(audience_fit(&p, Audience::Femmes), Some(true));
        p.gender = Gender::Homme;
        assert_eq!(audience_fit(&p, Audience::Femmes), Some(false));
        assert!(
            !audience_ok(&p, &c),
            "a man is not proposed a women-only course"
        );
        p.women_only = true;
        assert_eq!(
            audience_fit(&p, Audience::Femmes),
            Some(false),
            "the answer wins over an incoherent preference"
        );
        for g in [Gender::Autre, Gender::NePasDire] {
            p.gender = g;
            p.women_only = false;
            assert_eq!(audience_fit(&p, Audience::Femmes), None, "{g:?}");
            assert!(audience_ok(&p, &c));
        }
        // Links made before the question: the preference says it.
        p.women_only = true;
        assert_eq!(audience_fit(&p, Audience::Femmes), Some(true));
    }

    #[test]
    fn a_known_age_that_meets_a_limit_gives_no_line_and_a_minor_checks_an_unstated_minimum() {
        let mut c = course();
        c.age_min = Some(18);
        let mut p = Profile::new(Age::new(52), EducationLevel::Bac, Situation::Autre);
        let mut w = Vec::new();
        age_warnings(&p, &c, &mut w);
        assert_eq!(w, vec![], "a 52-year-old meets 18 and over");
        p.age = Age::new(17);
        age_warnings(&p, &c, &mut w);
        assert_eq!(w, vec![Warning::MinAge(18)], "just under: said");
        c.age_min = None;
        w.clear();
        age_warnings(&p, &c, &mut w);
        assert_eq!(w, vec![Warning::MinorCheckMinimumAge]);
        p.age = Age::new(18);
        w.clear();
        age_warnings(&p, &c, &mut w);
        assert_eq!(w, vec![], "an adult: nothing to check");
    }

    #[test]
    fn a_bac_pro_towards_a_licence_is_possible_but_hard_not_fitting() {
        let mut c = course();
        c.min_level = Some(EducationLevel::Bac);
        c.certification_level = Some(6);
        let mut p = Profile::new(Age::new(20), EducationLevel::Bac, Situation::Autre);
        assert_eq!(level_fit(&p, &c), LevelFit::Meets, "general bac");
        p.bac_pro = true;
        assert_eq!(level_fit(&p, &c), LevelFit::PossibleButHard);
        assert_eq!(level_check(&p, &c), Ok(()), "possible: not excluded");
        c.certification_level = Some(5);
        assert_eq!(level_fit(&p, &c), LevelFit::Meets, "a BTS after a bac pro");
        c.min_level = Some(EducationLevel::Bac34);
        assert_eq!(level_fit(&p, &c), LevelFit::FarBelow);
        c.min_level = None;
        assert_eq!(level_fit(&p, &c), LevelFit::NotSaid);
    }

    #[test]
    fn hours_become_weeks_at_35_hours() {
        let mut c = course();
        c.duration_hours = Some(800);
        assert_eq!(course_weeks(&c), Some(23));
        c.duration_weeks = Some(30);
        assert_eq!(course_weeks(&c), Some(30));
    }
}
