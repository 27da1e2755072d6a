//! The field rules of each kind of record: lengths, ranges, codes, identifiers, unsafe
//! characters. A record breaking a rule is reported, and dropped if the problem says so.

use super::Kept;
use crate::catalogue::issue::shown;
use crate::catalogue::text_safety;
use crate::catalogue::*;

/// Field checks of one record; pushes its issues and says whether to keep it.
pub(super) fn check_one<T>(
    rec: &mut T,
    index: usize,
    kind: RecordKind,
    limits: &Limits,
    id_of: fn(&T) -> &str,
    check: fn(&mut Check, &mut T),
    issues: &mut Vec<Issue>,
) -> bool {
    let mut c = Check {
        limits,
        problems: Vec::new(),
    };
    check(&mut c, rec);
    if c.problems.is_empty() {
        return true;
    }
    let keep = c.problems.iter().all(|(_, p)| !p.drops_record());
    let shown: String = shown(id_of(rec));
    for (field, problem) in c.problems {
        issues.push(Issue {
            kind,
            index: Some(index),
            // Records without an id (help networks) name none.
            id: (!shown.is_empty()).then(|| shown.clone()),
            field: Some(field),
            problem,
        });
    }
    keep
}

/// How to read a record's id and check its fields.
pub(super) type Rules<T> = (fn(&T) -> &str, fn(&mut Check, &mut T));

pub(super) fn check_records<T>(
    recs: Vec<T>,
    kind: RecordKind,
    limits: &Limits,
    rules: Rules<T>,
    issues: &mut Vec<Issue>,
) -> Kept<T> {
    let mut src = Vec::with_capacity(recs.len());
    let mut keep = Vec::with_capacity(recs.len());
    let mut recs = recs;
    for (index, rec) in recs.iter_mut().enumerate() {
        let ok = check_one(rec, index, kind, limits, rules.0, rules.1, issues);
        keep.push(ok);
        if ok {
            src.push(index as u32);
        }
    }
    let mut flags = keep.into_iter();
    recs.retain(|_| flags.next().unwrap_or(false));
    Kept { recs, src }
}

/// Collects the problems of one record; allocates only when there is one.
pub(super) struct Check<'l> {
    pub(super) limits: &'l Limits,
    pub(super) problems: Vec<(String, Problem)>,
}

pub(super) fn char_len_over(s: &str, max: usize) -> bool {
    s.len() > max && s.chars().count() > max
}

/// Allowed ranges of the numeric fields, `(record, field, min, max)`: used by the field checks
/// and to say the right range when serde refuses a number for its Rust type (an `age_min` of
/// 300 does not fit a `u8`, but the allowed range is 0–120, not 0–255).
const RANGES: [(RecordKind, &str, u32, u32); 7] = [
    (RecordKind::Course, "certification_level", 1, 8),
    (RecordKind::Course, "age_min", 0, 120),
    (RecordKind::Course, "age_max", 0, 120),
    (RecordKind::Course, "duration_hours", 1, 10_000),
    (RecordKind::Course, "duration_weeks", 1, 520),
    (RecordKind::Course, "funding.price_eur", 0, 1_000_000),
    (RecordKind::Session, "seats", 0, 100_000),
];

pub(super) fn range_of(kind: RecordKind, field: &str) -> Option<(u32, u32)> {
    RANGES
        .iter()
        .find(|(k, f, _, _)| *k == kind && *f == field)
        .map(|(_, _, min, max)| (*min, *max))
}

impl Check<'_> {
    fn fail(&mut self, field: impl Into<String>, p: Problem) {
        self.problems.push((field.into(), p));
    }

    fn id(&mut self, field: &str, v: &str) {
        if v.is_empty() {
            self.fail(field, Problem::Empty);
        } else if char_len_over(v, self.limits.max_id_chars) {
            self.fail(
                field,
                Problem::TooLong {
                    length: v.chars().count(),
                    max: self.limits.max_id_chars,
                },
            );
        } else if v.chars().any(char::is_whitespace) {
            self.fail(
                field,
                Problem::InvalidFormat {
                    value: shown(v),
                    expected: Format::IdWithoutSpaces,
                },
            );
        } else {
            // An id that looks like another one (zero-width inside, bidi) is refused, not cleaned:
            // cleaning could make it collide with a genuine record's id.
            let kinds = text_safety::unsafe_kinds(v);
            if !kinds.is_empty() {
                self.fail(field, Problem::UnsafeCharacters { kinds });
            }
        }
    }

    /// Removes unsafe characters from a text, with a (non-dropping) issue saying so.
    pub(super) fn clean(&mut self, field: &str, v: &mut String, multiline: bool) {
        let cleaned = text_safety::clean(v, multiline);
        if let std::borrow::Cow::Owned(text) = cleaned.text {
            if cleaned.removed > 0 {
                self.fail(
                    field,
                    Problem::CharactersRemoved {
                        removed: cleaned.removed,
                        kinds: cleaned.kinds,
                    },
                );
            }
            *v = text;
        }
    }

    fn text(&mut self, field: &str, v: &mut String, max: usize, required: bool) {
        self.clean(field, v, max > self.limits.max_title_chars);
        if required && v.trim().is_empty() {
            self.fail(field, Problem::Empty);
        } else if char_len_over(v, max) {
            self.fail(
                field,
                Problem::TooLong {
                    length: v.chars().count(),
                    max,
                },
            );
        }
    }

    fn title(&mut self, field: &str, v: &mut String) {
        self.text(field, v, self.limits.max_title_chars, true);
    }

    fn opt_title(&mut self, field: &str, v: &mut Option<String>) {
        if let Some(v) = v {
            self.text(field, v, self.limits.max_title_chars, false);
        }
    }

    fn opt_text(&mut self, field: &str, v: &mut Option<String>) {
        if let Some(v) = v {
            self.text(field, v, self.limits.max_text_chars, false);
        }
    }

    fn items(&mut self, field: &str, count: usize) {
        if count > self.limits.max_list_items {
            self.fail(
                field,
                Problem::TooManyItems {
                    count,
                    max: self.limits.max_list_items,
                },
            );
        }
    }

    fn digits(&mut self, field: &str, v: &str, n: usize, expected: Format) {
        if v.len() != n || !v.bytes().all(|b| b.is_ascii_digit()) {
            self.fail(
                field,
                Problem::InvalidFormat {
                    value: shown(v),
                    expected,
                },
            );
        }
    }

    fn range(&mut self, field: &str, v: f64, min: f64, max: f64) {
        if !v.is_finite() {
            self.fail(field, Problem::NotFinite);
        } else if v < min || v > max {
            self.fail(
                field,
                Problem::OutOfRange {
                    value: v.to_string(),
                    min: min.to_string(),
                    max: max.to_string(),
                },
            );
        }
    }

    /// A whole number within its range of [`RANGES`].
    fn in_range(&mut self, kind: RecordKind, field: &str, v: Option<u32>) {
        let (Some(v), Some((min, max))) = (v, range_of(kind, field)) else {
            return;
        };
        // Whole numbers print the same as f64 ("120"): one message for both.
        self.range(field, f64::from(v), f64::from(min), f64::from(max));
    }

    fn address(&mut self, a: &mut Address) {
        self.opt_title("address.street", &mut a.street);
        self.digits("address.postcode", &a.postcode, 5, Format::Digits(5));
        if !crate::insee::is_valid_insee(&a.insee_code) {
            self.fail(
                "address.insee_code",
                Problem::InvalidFormat {
                    value: shown(&a.insee_code),
                    expected: Format::InseeCode,
                },
            );
        }
        self.title("address.city", &mut a.city);
    }

    fn contact(&mut self, c: &mut Contact) {
        if let Some(p) = &mut c.phone {
            self.text("contact.phone", p, 40, false);
        }
        // `c.email` is an `Email`: its rule was checked when the record was read (a refused
        // address is an `InvalidEmail` issue from `parse`, and the field is left out).
    }

    fn coordinates(&mut self, lat: f64, lon: f64) {
        self.range("latitude", lat, -90.0, 90.0);
        self.range("longitude", lon, -180.0, 180.0);
    }
}

fn check_provider(c: &mut Check, p: &mut Provider) {
    c.id("id", &p.id);
    c.title("name", &mut p.name);
    if let Some(s) = &p.siret {
        c.digits("siret", s, 14, Format::Digits(14));
    }
    c.items("networks", p.networks.len());
    c.items("labels", p.labels.len());
}

fn check_place(c: &mut Check, p: &mut Place) {
    c.id("id", &p.id);
    c.title("name", &mut p.name);
    c.address(&mut p.address);
    c.coordinates(p.latitude, p.longitude);
    c.opt_text("accessibility.details", &mut p.accessibility.details);
    c.contact(&mut p.contact);
}

fn check_course(c: &mut Check, k: &mut Course) {
    c.id("id", &k.id);
    c.title("title", &mut k.title);
    c.opt_text("summary", &mut k.summary);
    c.opt_text("prerequisites", &mut k.prerequisites);
    if k.domains.is_empty() {
        c.fail("domains", Problem::Empty);
    }
    c.items("domains", k.domains.len());
    c.items("rome_codes", k.rome_codes.len());
    for (i, code) in k.rome_codes.iter().enumerate() {
        let b = code.as_bytes();
        let ok = b.len() == 5 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit);
        if !ok {
            c.fail(
                format!("rome_codes[{i}]"),
                Problem::InvalidFormat {
                    value: shown(code),
                    expected: Format::RomeCode,
                },
            );
        }
    }
    if let Some(r) = &k.rncp_code {
        let ok = r.len() > 4
            && r.len() <= 12
            && r.starts_with("RNCP")
            && r.bytes().skip(4).all(|b| b.is_ascii_digit());
        if !ok {
            c.fail(
                "rncp_code",
                Problem::InvalidFormat {
                    value: shown(r),
                    expected: Format::RncpCode,
                },
            );
        }
    }
    let kind = RecordKind::Course;
    c.in_range(
        kind,
        "certification_level",
        k.certification_level.map(u32::from),
    );
    c.in_range(kind, "age_min", k.age_min.map(u32::from));
    c.in_range(kind, "age_max", k.age_max.map(u32::from));
    if let (Some(a), Some(b)) = (k.age_min, k.age_max) {
        if a > b {
            c.fail("age_min", Problem::AgeMinAboveMax);
        }
    }
    c.items("rhythms", k.rhythms.len());
    c.in_range(kind, "duration_hours", k.duration_hours);
    c.in_range(kind, "duration_weeks", k.duration_weeks);
    if let Some(f) = &k.funding {
        c.items("funding.funders", f.funders.len());
        c.in_range(kind, "funding.price_eur", f.price_eur);
    }
    c.items("selection", k.selection.len());
    c.items("target_jobs", k.target_jobs.len());
    let max = c.limits.max_title_chars;
    for (i, j) in k.target_jobs.iter_mut().enumerate() {
        c.text(&format!("target_jobs[{i}]"), j, max, true);
    }
}

fn check_session(c: &mut Check, s: &mut Session) {
    c.id("id", &s.id);
    if let (Some(a), Some(b)) = (s.start, s.end) {
        if b < a {
            c.fail("end", Problem::EndBeforeStart);
        }
    }
    c.in_range(RecordKind::Session, "seats", s.seats);
}

fn check_help_place(c: &mut Check, h: &mut HelpPlace) {
    c.id("id", &h.id);
    c.title("name", &mut h.name);
    c.address(&mut h.address);
    c.coordinates(h.latitude, h.longitude);
    c.items("services", h.services.len());
    c.items("audiences", h.audiences.len());
    c.items("reception", h.reception.len());
    c.opt_text("opening_hours", &mut h.opening_hours);
    c.contact(&mut h.contact);
}

fn check_help_network(c: &mut Check, n: &mut HelpNetwork) {
    c.title("name", &mut n.name);
}

pub(super) const PROVIDER: Rules<Provider> = (|p| &p.id, check_provider);
pub(super) const PLACE: Rules<Place> = (|p| &p.id, check_place);
pub(super) const COURSE: Rules<Course> = (|c| &c.id, check_course);
pub(super) const SESSION: Rules<Session> = (|s| &s.id, check_session);
pub(super) const HELP_PLACE: Rules<HelpPlace> = (|h| &h.id, check_help_place);
// Networks have no id: they are named by position, and unique by kind.
pub(super) const HELP_NETWORK: Rules<HelpNetwork> = (|_| "", check_help_network);
