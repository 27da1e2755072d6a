//! The typed value of each row for one course ([`Values`]), and its words. Every rule is the
//! matching's: [`level_fit`], [`age_check`], [`FundingRoute::funders_of`], [`Pay::of`],
//! [`is_remote`]; sentences already written for the results are reused ([`Reason`],
//! [`Warning`]), so a course says the same thing on its card and in the comparison.

use super::row::Row;
use crate::catalogue::Funder;
use crate::catalogue::{
    Catalogue, CoordinatesPrecision, Course, Email, FundingKind, HttpUrl, Intake, SelectionStep,
};
use crate::date::Date;
use crate::matching::eligibility::{age_check, is_remote, level_fit, LevelFit};
use crate::matching::{FundingRoute, Pay, Reason, Warning};
use crate::profile::{EducationLevel, Modality, Profile, Rhythm};
use crate::text::{counsel_words, fill, format_date, join_words, sentences, Lang};

/// A fact the catalogue gives, or not.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<T> {
    /// Known.
    Known(T),
    /// The catalogue does not say: "à vérifier auprès de l'organisme".
    Unknown,
}

impl<T> Cell<T> {
    fn known_if(value: T, known: bool) -> Cell<T> {
        if known {
            Cell::Known(value)
        } else {
            Cell::Unknown
        }
    }
}

/// What the course leads to.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadsTo {
    /// Jobs, in words.
    pub jobs: Vec<String>,
    /// RNCP-registered.
    pub rncp: bool,
    /// European level of the certification.
    pub certification_level: Option<u8>,
}

/// The level required, and how the person's diploma fits it (`None` without a profile).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    /// Required to enter.
    pub required: EducationLevel,
    /// The person's fit.
    pub fit: Option<LevelFit>,
}

/// Age limits, and whether the person's age is within them (`None`: no profile, or age not
/// given).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeLimits {
    /// Minimum age.
    pub min: Option<u8>,
    /// Maximum age.
    pub max: Option<u8>,
    /// Within the limits.
    pub fits: Option<bool>,
}

/// Length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration {
    /// Total hours.
    pub hours: Option<u32>,
    /// Weeks.
    pub weeks: Option<u32>,
}

/// What the course costs this person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cost {
    /// Free, funded or paying.
    pub kind: FundingKind,
    /// When funded: the funders the person's route reaches (every funder without a profile);
    /// empty for a free or paying course.
    pub funders: Vec<Funder>,
    /// Price, when paying and known.
    pub price_eur: Option<u32>,
}

/// The next start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// On this day.
    On(Date),
    /// Rolling entries.
    Rolling,
}

/// The distance of the session's place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Distance {
    /// In km; approximate when the place is known at commune level only.
    Km {
        /// Kilometres.
        km: f32,
        /// Commune-level coordinates.
        approximate: bool,
    },
    /// Followed remotely.
    Remote,
    /// The person gave no place.
    NoPlace,
}

/// Accessibility facts of the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    /// Step-free access.
    pub wheelchair: Option<bool>,
    /// A disability referent.
    pub referent: Option<bool>,
    /// Details, as written.
    pub details: Option<String>,
}

/// How to reach the provider: the place's contact, else the provider's website.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactInfo {
    /// Phone, as written.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<Email>,
    /// Web page.
    pub url: Option<HttpUrl>,
}

/// One course's values, one field per [`Row`].
#[derive(Clone, Debug, PartialEq)]
pub struct Values {
    /// [`Row::LeadsTo`].
    pub leads_to: Cell<LeadsTo>,
    /// [`Row::Level`].
    pub level: Cell<Level>,
    /// [`Row::Age`].
    pub age: Cell<AgeLimits>,
    /// [`Row::Selection`].
    pub selection: Cell<Vec<SelectionStep>>,
    /// [`Row::Duration`].
    pub duration: Cell<Duration>,
    /// [`Row::Rhythm`].
    pub rhythm: Cell<Vec<Rhythm>>,
    /// [`Row::Modality`].
    pub modality: Cell<Modality>,
    /// [`Row::Cost`].
    pub cost: Cell<Cost>,
    /// [`Row::Pay`]: `Unknown` is [`Pay::ToCheck`].
    pub pay: Cell<Pay>,
    /// [`Row::NextStart`].
    pub next_start: Cell<Start>,
    /// [`Row::Deadline`].
    pub deadline: Cell<Date>,
    /// [`Row::Distance`].
    pub distance: Cell<Distance>,
    /// [`Row::Accessibility`].
    pub accessibility: Cell<Access>,
    /// [`Row::Contact`].
    pub contact: Cell<ContactInfo>,
}

impl Values {
    /// The values of `course`, with `session` the session shown and its distance in km.
    pub fn of(
        cat: &Catalogue,
        course: &Course,
        session: Option<(usize, Option<f32>)>,
        profile: Option<&Profile>,
    ) -> Values {
        let c = course;
        let s = session.and_then(|(i, _)| cat.sessions().get(i));
        let place = session.and_then(|(i, _)| cat.place_of(i));
        let remote = s.is_some_and(|s| is_remote(c, s));
        let leads_to = LeadsTo {
            jobs: c.target_jobs.clone(),
            rncp: c.rncp_code.is_some(),
            certification_level: c.certification_level,
        };
        let has_leads_to =
            !leads_to.jobs.is_empty() || leads_to.rncp || leads_to.certification_level.is_some();
        let level = c.min_level.map(|required| Level {
            required,
            fit: profile.map(|p| level_fit(p, c)),
        });
        let age = AgeLimits {
            min: c.age_min,
            max: c.age_max,
            fits: profile
                .filter(|p| p.age.is_some())
                .map(|p| age_check(p, c).is_ok()),
        };
        let cost = c.funding.as_ref().map(|f| Cost {
            kind: f.kind,
            funders: match profile {
                Some(p) => FundingRoute::for_profile(p).funders_of(c),
                // No route without a person: every funder of a funded course (the route's rule,
                // `funders_of`, names none for a free or paying course either).
                None if f.kind == FundingKind::Finance => f.funders.clone(),
                None => Vec::new(),
            },
            price_eur: f.price_eur,
        });
        let next_start = s.and_then(|s| match (s.intake, s.start) {
            (Intake::AConfirmer, _) => None,
            (_, Some(d)) => Some(Start::On(d)),
            (Intake::EntreesPermanentes, None) => Some(Start::Rolling),
            (Intake::DatesFixes, None) => None,
        });
        let distance = match session {
            None => None,
            Some(_) if remote => Some(Distance::Remote),
            Some((_, Some(km))) => Some(Distance::Km {
                km,
                approximate: place
                    .is_some_and(|p| p.coordinates_precision == CoordinatesPrecision::Commune),
            }),
            Some((_, None)) => Some(Distance::NoPlace),
        };
        let access = place.filter(|_| !remote).map(|p| Access {
            wheelchair: p.accessibility.wheelchair,
            referent: p.accessibility.disability_referent,
            details: p.accessibility.details.clone(),
        });
        let contact = {
            let pc = place.map(|p| &p.contact);
            ContactInfo {
                phone: pc.and_then(|x| x.phone.clone()),
                email: pc.and_then(|x| x.email.clone()),
                url: pc
                    .and_then(|x| x.url.clone())
                    .or_else(|| cat.provider_of(c).and_then(|p| p.website.clone())),
            }
        };
        let pay = Pay::of(c);
        Values {
            leads_to: Cell::known_if(leads_to, has_leads_to),
            level: level.map_or(Cell::Unknown, Cell::Known),
            age: Cell::known_if(age, age.min.is_some() || age.max.is_some()),
            selection: Cell::known_if(c.selection.clone(), !c.selection.is_empty()),
            duration: Cell::known_if(
                Duration {
                    hours: c.duration_hours,
                    weeks: c.duration_weeks,
                },
                c.duration_hours.is_some() || c.duration_weeks.is_some(),
            ),
            rhythm: Cell::known_if(c.rhythms.clone(), !c.rhythms.is_empty()),
            modality: c.modality.map_or(Cell::Unknown, Cell::Known),
            cost: cost.map_or(Cell::Unknown, Cell::Known),
            pay: Cell::known_if(pay, pay != Pay::ToCheck),
            next_start: next_start.map_or(Cell::Unknown, Cell::Known),
            deadline: s
                .and_then(|s| s.application_deadline)
                .map_or(Cell::Unknown, Cell::Known),
            distance: distance.map_or(Cell::Unknown, Cell::Known),
            accessibility: match access {
                Some(a)
                    if a.wheelchair.is_some() || a.referent.is_some() || a.details.is_some() =>
                {
                    Cell::Known(a)
                }
                _ => Cell::Unknown,
            },
            contact: Cell::known_if(
                contact.clone(),
                contact.phone.is_some() || contact.email.is_some() || contact.url.is_some(),
            ),
        }
    }

    /// The words of a row's value; unknown is "à vérifier auprès de l'organisme".
    pub fn describe(&self, row: Row, lang: Lang) -> String {
        let unknown = || counsel_words(lang).unknown.to_string();
        match row {
            Row::LeadsTo => self.leads_to.describe_with(lang, LeadsTo::describe),
            Row::Level => self.level.describe_with(lang, Level::describe),
            Row::Age => self.age.describe_with(lang, AgeLimits::describe),
            Row::Selection => self.selection.describe_with(lang, |v, lang| {
                labels(v.iter().map(|s| s.label(lang)), lang)
            }),
            Row::Duration => self.duration.describe_with(lang, Duration::describe),
            // Rhythms are alternatives (full time or work-study): joined by "ou".
            Row::Rhythm => self.rhythm.describe_with(lang, |v, lang| {
                let words: Vec<&str> = v.iter().map(|r| r.label(lang)).collect();
                match words.split_last() {
                    Some((last, init)) if !init.is_empty() => {
                        format!("{}{}{last}", init.join(", "), sentences(lang).or())
                    }
                    _ => words.concat(),
                }
            }),
            Row::Modality => self
                .modality
                .describe_with(lang, |m, lang| m.label(lang).to_string()),
            Row::Cost => self.cost.describe_with(lang, Cost::describe),
            Row::Pay => match &self.pay {
                Cell::Known(p) => p.describe(lang),
                Cell::Unknown => unknown(),
            },
            Row::NextStart => self.next_start.describe_with(lang, |s, lang| match s {
                Start::On(date) => Reason::NextStart { date: *date }.describe(lang),
                Start::Rolling => Reason::PermanentIntake.describe(lang),
            }),
            Row::Deadline => self
                .deadline
                .describe_with(lang, |d, lang| format_date(*d, lang)),
            Row::Distance => self.distance.describe_with(lang, |d, lang| match d {
                Distance::Km { km, approximate } => Reason::Distance {
                    km: *km,
                    approximate: *approximate,
                }
                .describe(lang),
                Distance::Remote => Reason::Remote.describe(lang),
                Distance::NoPlace => counsel_words(lang).distance_no_place.to_string(),
            }),
            Row::Accessibility => self.accessibility.describe_with(lang, Access::describe),
            Row::Contact => self.contact.describe_with(lang, ContactInfo::describe),
        }
    }
}

impl<T> Cell<T> {
    fn describe_with(&self, lang: Lang, f: impl Fn(&T, Lang) -> String) -> String {
        match self {
            Cell::Known(v) => f(v, lang),
            Cell::Unknown => counsel_words(lang).unknown.to_string(),
        }
    }
}

fn labels<'a>(l: impl Iterator<Item = &'a str>, lang: Lang) -> String {
    let words: Vec<String> = l.map(str::to_string).collect();
    join_words(&words, lang)
}

/// The parts of one cell joined by the language's semicolon.
fn parts(v: &[String], lang: Lang) -> String {
    v.join(sentences(lang).semicolon())
}

impl LeadsTo {
    fn describe(&self, lang: Lang) -> String {
        let mut v = Vec::with_capacity(2);
        if self.rncp || self.certification_level.is_some() {
            v.push(
                Reason::Certification {
                    rncp: self.rncp,
                    level: self.certification_level,
                }
                .describe(lang),
            );
        }
        if !self.jobs.is_empty() {
            v.push(fill(
                counsel_words(lang).leads_to_jobs,
                &[("jobs", &self.jobs.join(", "))],
            ));
        }
        parts(&v, lang)
    }
}

impl Level {
    fn describe(&self, lang: Lang) -> String {
        let w = counsel_words(lang);
        let mut v = vec![if self.required == EducationLevel::SansDiplome {
            Reason::NoDiplomaRequired.describe(lang)
        } else {
            self.required.label(lang).to_string()
        }];
        match self.fit {
            Some(LevelFit::Meets) => v.push(w.level_met.to_string()),
            Some(LevelFit::OneBelow) => v.push(w.level_one_below.to_string()),
            Some(LevelFit::FarBelow) => v.push(w.level_far_below.to_string()),
            Some(LevelFit::PossibleButHard) => v.push(
                Warning::LevelPossibleButHard {
                    required: self.required,
                }
                .describe(lang),
            ),
            Some(LevelFit::NotSaid) | None => {}
        }
        parts(&v, lang)
    }
}

impl AgeLimits {
    fn describe(&self, lang: Lang) -> String {
        let w = counsel_words(lang);
        let (min, max) = (
            self.min.map(|m| m.to_string()).unwrap_or_default(),
            self.max.map(|m| m.to_string()).unwrap_or_default(),
        );
        let range = match (self.min, self.max) {
            (Some(_), Some(_)) => w.age_between,
            (Some(_), None) => w.age_from,
            (None, _) => w.age_up_to,
        };
        let mut v = vec![fill(range, &[("min", &min), ("max", &max)])];
        match self.fits {
            Some(true) => v.push(w.age_fits.to_string()),
            Some(false) => v.push(w.age_does_not_fit.to_string()),
            None => {}
        }
        parts(&v, lang)
    }
}

impl Duration {
    fn describe(&self, lang: Lang) -> String {
        let w = counsel_words(lang);
        let count = |n: u32, one: &str, many: &str| {
            if n == 1 {
                one.to_string()
            } else {
                fill(many, &[("n", &n.to_string())])
            }
        };
        let hours = self.hours.map(|h| count(h, w.hours_one, w.hours_many));
        let weeks = self.weeks.map(|n| count(n, w.weeks_one, w.weeks_many));
        match (hours, weeks) {
            (Some(h), Some(wk)) => fill(w.hours_over_weeks, &[("hours", &h), ("weeks", &wk)]),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => w.unknown.to_string(),
        }
    }
}

impl Cost {
    fn describe(&self, lang: Lang) -> String {
        match self.kind {
            FundingKind::Gratuit => Reason::Free {
                remunerated: false,
                for_jobseekers: false,
            }
            .describe(lang),
            FundingKind::Finance => Reason::Funded {
                funders: self.funders.clone(),
                remunerated: false,
                for_jobseekers: false,
            }
            .describe(lang),
            FundingKind::Payant => Warning::Paying {
                price_eur: self.price_eur,
            }
            .describe(lang),
        }
    }
}

impl Access {
    fn describe(&self, lang: Lang) -> String {
        let w = counsel_words(lang);
        let mut v = Vec::with_capacity(3);
        match self.wheelchair {
            Some(true) => v.push(Reason::WheelchairAccessible.describe(lang)),
            Some(false) => v.push(w.not_wheelchair.to_string()),
            None => {}
        }
        match self.referent {
            Some(true) => v.push(Reason::DisabilityReferent.describe(lang)),
            Some(false) => v.push(w.no_referent.to_string()),
            None => {}
        }
        v.extend(self.details.clone());
        parts(&v, lang)
    }
}

impl ContactInfo {
    fn describe(&self, lang: Lang) -> String {
        let (w, s) = (counsel_words(lang), sentences(lang));
        let mut v = Vec::with_capacity(3);
        v.extend(self.phone.as_deref().map(|p| s.label_value(w.phone, p)));
        v.extend(
            self.email
                .as_ref()
                .map(|e| s.label_value(w.email, e.as_str())),
        );
        v.extend(
            self.url
                .as_ref()
                .map(|u| s.label_value(w.website, u.as_str())),
        );
        parts(&v, lang)
    }
}
