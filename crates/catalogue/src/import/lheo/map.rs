//! One gathered LHEO `formation` → providers, places, courses and sessions of our schema
//! (one course per `action`), with a finding for every value left out and every record
//! skipped. The element → field table is in docs/feeds.md (section LHEO).

use std::collections::HashSet;

use aiguillage_core::catalogue::{
    Accessibility, Address, CatalogueRecords, Contact, CoordinatesPrecision, Course, Email, Funder,
    Funding, FundingKind, HttpUrl, Intake, Place, Provider, Session,
};
use aiguillage_core::geo::GeoPoint;
use aiguillage_core::profile::{Domain, Modality};

use super::text::{clean, truncate};
use super::values::{self, LheoDate};
use super::Name;
use crate::import::domains::{domains_of, Code};
use crate::import::source::fnv1a;
use crate::import::{Finding, Locator, Options, Reason, Report, SourceName};

/// Title and long-text limits of the core (`Limits::default()`).
const MAX_TITLE: usize = 200;
const MAX_TEXT: usize = 2_000;

/// A `formation` as read, before mapping (raw texts).
#[derive(Debug, Default)]
pub struct Formation {
    pub numero: Option<String>,
    /// Position in the feed (1-based), for a formation without `numero`.
    pub index: usize,
    formacodes: Vec<String>,
    nsf: Vec<String>,
    rome: Vec<String>,
    title: String,
    objectif: String,
    entry_level: String,
    exit_level: String,
    rncp: Option<String>,
    url: Option<String>,
    siret: String,
    nom: String,
    raison_sociale: String,
    website: Option<String>,
    pub actions: Vec<Action>,
}

/// An `action` as read.
#[derive(Debug, Default)]
pub struct Action {
    pub numero: Option<String>,
    rythme: String,
    modalite: String,
    conditions: String,
    entrees_sorties: String,
    acces: String,
    prix: String,
    heures: String,
    url: Option<String>,
    funders: Vec<String>,
    /// The first `lieu-de-formation` (LHEO 2.3 allows several; the first is used).
    pub lieu: Option<Lieu>,
    /// How many `lieu-de-formation` the action has.
    pub lieux: usize,
    pub sessions: Vec<SessionAcc>,
}

/// A `lieu-de-formation` as read.
#[derive(Debug, Default)]
pub struct Lieu {
    pub numero: Option<String>,
    lines: Vec<String>,
    denomination: String,
    street: Vec<String>,
    postcode: String,
    ville: String,
    insee: String,
    latitude: String,
    longitude: String,
    phone: String,
    email: String,
}

/// A `session` as read.
#[derive(Debug, Default)]
pub struct SessionAcc {
    pub numero: Option<String>,
    debut: String,
    fin: String,
    inscription_fin: String,
    etat: String,
}

impl SessionAcc {
    pub fn new(numero: Option<String>) -> SessionAcc {
        SessionAcc {
            numero,
            ..SessionAcc::default()
        }
    }
}

impl Action {
    pub fn new(numero: Option<String>) -> Action {
        Action {
            numero,
            ..Action::default()
        }
    }

    /// The place being read, while it is the first one.
    pub fn first_lieu_mut(&mut self) -> Option<&mut Lieu> {
        if self.lieux == 1 {
            self.lieu.as_mut()
        } else {
            None
        }
    }
}

impl Formation {
    pub fn new(numero: Option<String>, index: usize) -> Formation {
        Formation {
            numero,
            index,
            ..Formation::default()
        }
    }

    /// Stores the text of the element at `rel` (its path below `formation`).
    pub fn set(&mut self, rel: &[Name], text: String) {
        use Name::*;
        let first = |slot: &mut Option<String>, text: String| {
            if slot.is_none() && !text.trim().is_empty() {
                *slot = Some(text);
            }
        };
        match rel {
            [DomaineFormation, CodeFormacode] => self.formacodes.push(text),
            [DomaineFormation, CodeNsf] => self.nsf.push(text),
            [DomaineFormation, CodeRome] => self.rome.push(text),
            [IntituleFormation] => self.title = text,
            [ObjectifFormation] => self.objectif = text,
            [CodeNiveauEntree] => self.entry_level = text,
            [CodeNiveauSortie] => self.exit_level = text,
            [Certification, CodeRncp] => first(&mut self.rncp, text),
            [UrlFormation, Urlweb] => first(&mut self.url, text),
            [OrganismeFormationResponsable, SiretOrganismeFormation, Siret] => self.siret = text,
            [OrganismeFormationResponsable, NomOrganisme] => self.nom = text,
            [OrganismeFormationResponsable, RaisonSociale] => self.raison_sociale = text,
            [OrganismeFormationResponsable, CoordonneesOrganisme, Coordonnees, Web, Urlweb] => {
                first(&mut self.website, text)
            }
            [Action, rest @ ..] => {
                if let Some(a) = self.actions.last_mut() {
                    a.set(rest, text);
                }
            }
            _ => {}
        }
    }
}

impl Action {
    fn set(&mut self, rel: &[Name], text: String) {
        use Name::*;
        match rel {
            [RythmeFormation] => self.rythme = text,
            [ModalitesEnseignement] => self.modalite = text,
            [ConditionsSpecifiques] => self.conditions = text,
            [ModalitesEntreesSorties] => self.entrees_sorties = text,
            [AccesHandicapes] => self.acces = text,
            [PrixTotalTtc] => self.prix = text,
            [NombreHeuresTotal] => self.heures = text,
            [UrlAction, Urlweb] if self.url.is_none() && !text.trim().is_empty() => {
                self.url = Some(text)
            }
            [OrganismeFinanceur, CodeFinanceur] => self.funders.push(text),
            [LieuDeFormation, Coordonnees, rest @ ..] => {
                if let Some(l) = self.first_lieu_mut() {
                    l.set(rest, text);
                }
            }
            [Session, rest @ ..] => {
                if let Some(s) = self.sessions.last_mut() {
                    s.set(rest, text);
                }
            }
            _ => {}
        }
    }
}

impl Lieu {
    fn set(&mut self, rel: &[Name], text: String) {
        use Name::*;
        match rel {
            [Ligne] => self.lines.push(text),
            [Adresse, Denomination] => self.denomination = text,
            [Adresse, Ligne] => self.street.push(text),
            [Adresse, Codepostal] => self.postcode = text,
            [Adresse, Ville] => self.ville = text,
            [Adresse, CodeInseeCommune] => self.insee = text,
            [Adresse, Geolocalisation, Latitude] => self.latitude = text,
            [Adresse, Geolocalisation, Longitude] => self.longitude = text,
            [Telfixe, Numtel] => self.phone = text,
            [Courriel] => self.email = text,
            _ => {}
        }
    }
}

impl SessionAcc {
    fn set(&mut self, rel: &[Name], text: String) {
        use Name::*;
        match rel {
            [Periode, Debut] => self.debut = text,
            [Periode, Fin] => self.fin = text,
            [PeriodeInscription, Periode, Fin] => self.inscription_fin = text,
            [EtatRecrutement] => self.etat = text,
            _ => {}
        }
    }
}

/// Accumulates the mapped records of every formation.
pub struct Mapper<'o> {
    options: &'o Options<'o>,
    out: CatalogueRecords,
    providers: HashSet<String>,
    places: HashSet<String>,
    courses: HashSet<String>,
    sessions: HashSet<String>,
    actions_read: usize,
}

/// A one-line text (title, name): markup removed, at most `max` characters.
fn line(raw: &str, max: usize, at: &Locator, report: &mut Report) -> String {
    let (text, html) = clean(raw, false);
    if html {
        report
            .findings
            .push(Finding::note(at.clone(), Reason::HtmlRemoved, raw.trim()));
    }
    truncate(&text, max).0
}

/// A long text (summary, prerequisites): markup removed, line breaks kept, `None` if empty
/// or a placeholder (`-`).
fn long(raw: &str, at: &Locator, report: &mut Report) -> Option<String> {
    let (text, html) = clean(raw, true);
    if html {
        report
            .findings
            .push(Finding::note(at.clone(), Reason::HtmlRemoved, raw.trim()));
    }
    let text = truncate(&text, MAX_TEXT).0;
    (!text.is_empty() && text != "-").then_some(text)
}

impl<'o> Mapper<'o> {
    pub fn new(options: &'o Options<'o>) -> Mapper<'o> {
        Mapper {
            options,
            out: CatalogueRecords {
                name: None,
                ..CatalogueRecords::default()
            },
            providers: HashSet::new(),
            places: HashSet::new(),
            courses: HashSet::new(),
            sessions: HashSet::new(),
            actions_read: 0,
        }
    }

    pub fn actions_read(&self) -> usize {
        self.actions_read
    }

    pub fn finish(self, _report: &mut Report) -> CatalogueRecords {
        let mut out = self.out;
        out.name = Some(format!("Import LHEO « {} »", self.options.source));
        out.generated_on = Some(self.options.today);
        out
    }

    fn id(&self, local: &str) -> String {
        self.options.source.record_id(local)
    }

    /// Maps one formation: every action a course (or a skip finding).
    pub fn map(&mut self, f: Formation, report: &mut Report) {
        self.actions_read += f.actions.len();
        let f_local = f
            .numero
            .clone()
            .unwrap_or_else(|| format!("formation-{}", f.index));
        let f_at = Locator::Record(f_local.clone());
        let action_locals: Vec<String> = f
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                a.numero
                    .clone()
                    .unwrap_or_else(|| format!("{f_local}-action-{}", i + 1))
            })
            .collect();
        let skip_all = |report: &mut Report, reason: Reason, detail: &str| {
            if action_locals.is_empty() {
                report
                    .findings
                    .push(Finding::skipped(f_at.clone(), reason, detail));
            }
            for local in &action_locals {
                report.findings.push(Finding::skipped(
                    Locator::Record(local.clone()),
                    reason,
                    detail,
                ));
            }
        };
        if f.actions.is_empty() {
            skip_all(report, Reason::MissingField("action"), "");
            return;
        }

        let title = line(&f.title, MAX_TITLE, &f_at, report);
        if title.is_empty() {
            skip_all(report, Reason::MissingField("intitule-formation"), "");
            return;
        }

        let codes = f
            .formacodes
            .iter()
            .map(|c| Code::Formacode(c.as_str()))
            .chain(f.rome.iter().map(|c| Code::Rome(c.as_str())))
            .chain(f.nsf.iter().map(|c| Code::Nsf(c.as_str())));
        let mut domains: Vec<Domain> = domains_of(codes);
        if domains.is_empty() {
            match self.options.domain {
                Some(d) => domains.push(d),
                None => {
                    let listed = listed_codes(&f);
                    skip_all(report, Reason::NotDigital, &format!("{title} — {listed}"));
                    return;
                }
            }
        }

        let Some(provider) = self.provider(&f, &f_at, report) else {
            skip_all(report, Reason::MissingField("nom-organisme"), "");
            return;
        };

        let summary = long(&f.objectif, &f_at, report);
        let min_level = match values::entry_level(&f.entry_level) {
            Ok(l) => l,
            Err(values::BadValue) => {
                report.findings.push(Finding::dropped(
                    f_at.clone(),
                    Reason::UnknownCode("code-niveau-entree"),
                    f.entry_level.trim(),
                ));
                None
            }
        };
        let certification_level = match values::exit_level(&f.exit_level) {
            Ok(l) => l,
            Err(values::BadValue) => {
                report.findings.push(Finding::dropped(
                    f_at.clone(),
                    Reason::UnknownCode("code-niveau-sortie"),
                    f.exit_level.trim(),
                ));
                None
            }
        };
        let rncp_code = f.rncp.as_deref().and_then(|r| {
            let code = values::rncp(r);
            if code.is_none() {
                report.findings.push(Finding::dropped(
                    f_at.clone(),
                    Reason::UnknownCode("code-RNCP"),
                    r.trim(),
                ));
            }
            code
        });
        let rome_codes: Vec<String> = f.rome.iter().filter_map(|c| values::rome(c)).collect();
        let formation_url = self.link(f.url.as_deref(), &f_at, report);

        for (a, local) in f.actions.into_iter().zip(action_locals) {
            let shared = Shared {
                provider: &provider,
                title: &title,
                summary: summary.as_deref(),
                domains: &domains,
                min_level,
                certification_level,
                rncp_code: rncp_code.as_deref(),
                rome_codes: &rome_codes,
                formation_url: formation_url.as_ref(),
            };
            self.map_action(a, &local, &shared, report);
        }
    }

    /// The provider of a formation (created once per id); `None` without a name.
    fn provider(&mut self, f: &Formation, at: &Locator, report: &mut Report) -> Option<String> {
        let mut name = line(&f.nom, MAX_TITLE, at, report);
        if name.is_empty() || name == "-" {
            name = line(&f.raison_sociale, MAX_TITLE, at, report);
        }
        if name.is_empty() || name == "-" {
            return None;
        }
        let siret = values::siret(&f.siret);
        if siret.is_none() && !f.siret.trim().is_empty() {
            report.findings.push(Finding::dropped(
                at.clone(),
                Reason::UnknownCode("SIRET"),
                f.siret.trim(),
            ));
        }
        let local = match &siret {
            Some(s) => format!("of-{s}"),
            None => format!("of-{}", SourceName::from_text(&name)),
        };
        let id = self.id(&local);
        if self.providers.insert(id.clone()) {
            let website = self.link(f.website.as_deref(), at, report);
            self.out.providers.push(Provider {
                id: id.clone(),
                name,
                siret,
                networks: Vec::new(),
                labels: Vec::new(),
                website,
            });
        }
        Some(id)
    }

    /// A link, or `None` with a finding when it is not an http(s) address.
    fn link(&self, raw: Option<&str>, at: &Locator, report: &mut Report) -> Option<HttpUrl> {
        let raw = raw?;
        match values::url(&clean(raw, false).0) {
            Ok(u) => u,
            Err(values::BadValue) => {
                report
                    .findings
                    .push(Finding::dropped(at.clone(), Reason::UnsafeUrl, raw.trim()));
                None
            }
        }
    }

    fn map_action(&mut self, a: Action, local: &str, shared: &Shared, report: &mut Report) {
        let at = Locator::Record(local.to_string());
        let course_id = self.id(local);
        if self.courses.contains(&course_id) {
            report
                .findings
                .push(Finding::skipped(at, Reason::DuplicateId, local));
            return;
        }
        let action_url = self.link(a.url.as_deref(), &at, report);
        let Some(source_url) = action_url
            .or_else(|| shared.formation_url.cloned())
            .or_else(|| self.options.feed_url.clone())
        else {
            report.findings.push(Finding::skipped(
                at,
                Reason::MissingField("url-formation"),
                "url-action, url-formation, --source-url",
            ));
            return;
        };
        let modality = match values::modality(&a.modalite) {
            Ok(m) => m,
            Err(values::BadValue) => {
                report.findings.push(Finding::dropped(
                    at.clone(),
                    Reason::UnknownCode("modalites-enseignement"),
                    a.modalite.trim(),
                ));
                None
            }
        };

        // The place: required unless the training is entirely remote (a session without a
        // place means "fully remote" in our schema: never said of an on-site training).
        if a.lieux > 1 {
            report.findings.push(Finding::note(
                at.clone(),
                Reason::OtherPlacesIgnored,
                format!("{} lieux", a.lieux),
            ));
        }
        let accessibility = long(&a.acces, &at, report);
        let place = match &a.lieu {
            Some(lieu) => match self.place(lieu, shared.provider, accessibility, &at, report) {
                Ok(id) => Some(id),
                Err(finding) => {
                    if modality == Some(Modality::Distanciel) {
                        report.findings.push(Finding {
                            effect: crate::import::Effect::FieldDropped,
                            ..finding
                        });
                        None
                    } else {
                        report.findings.push(finding);
                        return;
                    }
                }
            },
            None if modality == Some(Modality::Distanciel) => None,
            None => {
                report.findings.push(Finding::skipped(
                    at,
                    Reason::MissingField("lieu-de-formation"),
                    "",
                ));
                return;
            }
        };

        let price = match values::price(&a.prix) {
            Ok(p) => p,
            Err(values::BadValue) => {
                report.findings.push(Finding::dropped(
                    at.clone(),
                    Reason::BadNumber,
                    format!("prix-total-TTC {}", a.prix.trim()),
                ));
                None
            }
        };
        let duration_hours = match values::hours(&a.heures) {
            Ok(h) => h,
            Err(values::BadValue) => {
                report.findings.push(Finding::dropped(
                    at.clone(),
                    Reason::BadNumber,
                    format!("nombre-heures-total {}", a.heures.trim()),
                ));
                None
            }
        };
        let mut funders: Vec<Funder> = a.funders.iter().filter_map(|c| values::funder(c)).collect();
        funders.sort();
        funders.dedup();
        let funding = funding(price, funders);

        let course = Course {
            id: course_id.clone(),
            provider: shared.provider.to_string(),
            title: shared.title.to_string(),
            summary: shared.summary.map(str::to_string),
            domains: shared.domains.to_vec(),
            rome_codes: shared.rome_codes.to_vec(),
            rncp_code: shared.rncp_code.map(str::to_string),
            certification_level: shared.certification_level,
            min_level: shared.min_level,
            prerequisites: long(&a.conditions, &at, report),
            age_min: None,
            age_max: None,
            reserved_for: Vec::new(),
            modality,
            rhythms: values::rhythms(&a.rythme),
            duration_hours,
            duration_weeks: None,
            funding,
            remuneration: None,
            selection: Vec::new(),
            target_jobs: Vec::new(),
            source_url,
            verified_on: self.options.today,
        };

        let permanent = values::permanent_intake(&a.entrees_sorties);
        let mut sessions = Vec::new();
        for (i, s) in a.sessions.iter().enumerate() {
            let s_local = s
                .numero
                .clone()
                .unwrap_or_else(|| format!("{local}-session-{}", i + 1));
            let s_at = Locator::Record(s_local.clone());
            let id = self.id(&s_local);
            if self.sessions.contains(&id) || sessions.iter().any(|x: &Session| x.id == id) {
                report
                    .findings
                    .push(Finding::skipped(s_at, Reason::DuplicateId, s_local));
                continue;
            }
            let start = read_date(&s.debut, "debut", &s_at, report);
            let end = read_date(&s.fin, "fin", &s_at, report);
            let application_deadline =
                read_date(&s.inscription_fin, "periode-inscription/fin", &s_at, report);
            let recruitment = match values::recruitment(&s.etat) {
                Ok(r) => r,
                Err(values::BadValue) => {
                    report.findings.push(Finding::dropped(
                        s_at.clone(),
                        Reason::UnknownCode("etat-recrutement"),
                        s.etat.trim(),
                    ));
                    None
                }
            };
            let intake = if permanent {
                Intake::EntreesPermanentes
            } else if start.is_some() {
                Intake::DatesFixes
            } else {
                Intake::AConfirmer
            };
            sessions.push(Session {
                id,
                course: course_id.clone(),
                place: place.clone(),
                intake,
                start,
                end,
                application_deadline,
                recruitment,
                seats: None,
            });
        }
        if sessions.is_empty() {
            // No session announced: the course is kept, its next session "à confirmer".
            report
                .findings
                .push(Finding::note(at.clone(), Reason::NoSession, local));
            sessions.push(Session {
                id: self.id(&format!("{local}-a-confirmer")),
                course: course_id.clone(),
                place: place.clone(),
                intake: if permanent {
                    Intake::EntreesPermanentes
                } else {
                    Intake::AConfirmer
                },
                start: None,
                end: None,
                application_deadline: None,
                recruitment: None,
                seats: None,
            });
        }
        self.courses.insert(course_id);
        self.out.courses.push(course);
        for s in sessions {
            self.sessions.insert(s.id.clone());
            self.out.sessions.push(s);
        }
    }

    /// The place of a `lieu-de-formation` (created once per id); a skip finding when its
    /// commune cannot be found.
    fn place(
        &mut self,
        lieu: &Lieu,
        provider: &str,
        accessibility: Option<String>,
        at: &Locator,
        report: &mut Report,
    ) -> Result<String, Finding> {
        let places = self.options.places;
        let insee = lieu.insee.trim();
        let postcode = lieu.postcode.trim();
        let ville = clean(&lieu.ville, false).0;
        let commune = places
            .commune(insee)
            .or_else(|| places.commune_by_postcode_and_name(postcode, &ville));
        let Some(commune) = commune else {
            return Err(Finding::skipped(
                at.clone(),
                Reason::UnknownCommune,
                format!("{insee} {postcode} {ville}").trim().to_string(),
            ));
        };
        let street: Vec<String> = lieu
            .street
            .iter()
            .map(|l| clean(l, false).0)
            .filter(|l| !l.is_empty() && l != "-")
            .collect();
        let name = [&lieu.denomination]
            .into_iter()
            .chain(lieu.lines.iter())
            .map(|l| clean(l, false).0)
            .find(|l| !l.is_empty() && l != "-");
        let local = match &lieu.numero {
            Some(n) => format!("lieu-{n}"),
            None => {
                let key = format!(
                    "{}|{}|{}",
                    commune.insee,
                    street.join(","),
                    name.as_deref().unwrap_or("")
                );
                format!("lieu-{}-{:016x}", commune.insee, fnv1a(key.as_bytes()))
            }
        };
        let id = self.id(&local);
        if self.places.contains(&id) {
            return Ok(id);
        }
        let postcode = if postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit()) {
            postcode.to_string()
        } else if let Some(p) = commune.postcodes.first() {
            p.clone()
        } else {
            return Err(Finding::skipped(
                at.clone(),
                Reason::MissingField("codepostal"),
                postcode,
            ));
        };
        let (point, precision) = self.point(lieu, commune.point, at, report)?;
        let name = match name {
            Some(n) => truncate(&n, MAX_TITLE).0,
            None => self
                .out
                .providers
                .iter()
                .find(|p| p.id == provider)
                .map(|p| p.name.clone())
                .unwrap_or_else(|| commune.name.clone()),
        };
        let phone = clean(&lieu.phone, false).0;
        let place = Place {
            id: id.clone(),
            provider: provider.to_string(),
            name,
            address: Address {
                street: (!street.is_empty()).then(|| truncate(&street.join(", "), MAX_TITLE).0),
                postcode,
                insee_code: commune.insee.clone(),
                city: commune.name.clone(),
            },
            latitude: point.lat,
            longitude: point.lon,
            coordinates_precision: precision,
            accessibility: Accessibility {
                wheelchair: None,
                disability_referent: None,
                details: accessibility,
            },
            contact: Contact {
                phone: (!phone.is_empty()).then_some(phone),
                email: Email::parse(lieu.email.trim()),
                url: None,
            },
        };
        self.places.insert(id.clone());
        self.out.places.push(place);
        Ok(id)
    }

    /// The place's point: its `geolocalisation` when believable (a number, in France, within
    /// [`values::MAX_KM_FROM_COMMUNE`] of its commune), else the commune's point (approximate).
    fn point(
        &self,
        lieu: &Lieu,
        commune_point: Option<GeoPoint>,
        at: &Locator,
        report: &mut Report,
    ) -> Result<(GeoPoint, CoordinatesPrecision), Finding> {
        let (lat, lon) = (lieu.latitude.trim(), lieu.longitude.trim());
        let given = !(lat.is_empty() && lon.is_empty());
        let exact = values::coordinate(lat)
            .zip(values::coordinate(lon))
            .and_then(|(la, lo)| GeoPoint::new(la, lo))
            .filter(|p| values::in_france(*p))
            .filter(|p| {
                commune_point.is_none_or(|c| c.distance_km(*p) <= values::MAX_KM_FROM_COMMUNE)
            });
        if let Some(p) = exact {
            return Ok((p, CoordinatesPrecision::Exact));
        }
        let Some(c) = commune_point else {
            return Err(Finding::skipped(
                at.clone(),
                Reason::UnknownCommune,
                format!("{} (no point for the commune)", lieu.insee.trim()),
            ));
        };
        if given {
            report.findings.push(Finding::dropped(
                at.clone(),
                Reason::BadCoordinates,
                format!("{lat}, {lon}"),
            ));
        } else {
            report.findings.push(Finding::note(
                at.clone(),
                Reason::ApproximateCoordinates,
                lieu.insee.trim(),
            ));
        }
        Ok((round4(c), CoordinatesPrecision::Commune))
    }
}

/// Commune points to 4 decimals (about 10 m), as the bundled catalogue writes them.
fn round4(p: GeoPoint) -> GeoPoint {
    let r = |v: f64| (v * 10_000.0).round() / 10_000.0;
    GeoPoint::new(r(p.lat), r(p.lon)).unwrap_or(p)
}

/// What every course of a formation shares.
struct Shared<'a> {
    provider: &'a str,
    title: &'a str,
    summary: Option<&'a str>,
    domains: &'a [Domain],
    min_level: Option<aiguillage_core::level::EducationLevel>,
    certification_level: Option<u8>,
    rncp_code: Option<&'a str>,
    rome_codes: &'a [String],
    formation_url: Option<&'a HttpUrl>,
}

/// Funding from the price and the funders: a price of 0 is free; a price is what the person
/// may pay (`payant`, with the funders that may take it over); no price but public funders
/// (and not the trainee) is `finance`; nothing known is `None` ("à vérifier").
fn funding(price: Option<u32>, funders: Vec<Funder>) -> Option<Funding> {
    let kind = match price {
        Some(0) => FundingKind::Gratuit,
        Some(_) => FundingKind::Payant,
        None if !funders.is_empty() && !funders.contains(&Funder::Beneficiaire) => {
            FundingKind::Finance
        }
        None => return None,
    };
    Some(Funding {
        kind,
        funders,
        price_eur: price.filter(|p| *p > 0),
    })
}

/// A date with its finding: partial (month or year only) and impossible dates are left unknown.
fn read_date(
    raw: &str,
    field: &str,
    at: &Locator,
    report: &mut Report,
) -> Option<aiguillage_core::Date> {
    match values::date(raw) {
        LheoDate::Day(d) => Some(d),
        LheoDate::Unknown => None,
        LheoDate::Partial => {
            report.findings.push(Finding::dropped(
                at.clone(),
                Reason::PartialDate,
                format!("{field} {}", raw.trim()),
            ));
            None
        }
        LheoDate::Bad => {
            report.findings.push(Finding::dropped(
                at.clone(),
                Reason::BadDate,
                format!("{field} {}", raw.trim()),
            ));
            None
        }
    }
}

/// "FORMACODE 34582, NSF 312, ROME D1402" (or "aucun code").
fn listed_codes(f: &Formation) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(
        f.formacodes
            .iter()
            .map(|c| format!("FORMACODE {}", c.trim())),
    );
    parts.extend(f.nsf.iter().map(|c| format!("NSF {}", c.trim())));
    parts.extend(f.rome.iter().map(|c| format!("ROME {}", c.trim())));
    if parts.is_empty() {
        "aucun code FORMACODE/NSF/ROME".to_string()
    } else {
        parts.join(", ")
    }
}
