//! LHEO 2.2 / 2.3 XML feeds (Carif-Oref network, France Travail) → catalogue records, read
//! as a stream of events (quick-xml over a `BufRead`; never a tree of the whole file): one
//! `formation` at a time is gathered ([`map::Formation`]) then mapped, one course per
//! `action`, one session per `session`.
//!
//! Element names and cardinalities: LHEO 2.3 definition, `lheo/lheo-schema`
//! `definition/lheo-gml.xml` (`lheo` → `offres` → `formation` → `action` → `session`).

mod map;
pub mod text;
pub mod values;

use std::io::BufRead;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::position::Positioned;
use aiguillage_core::Lang;

use super::{Finding, ImportError, Imported, Locator, Options, Reason, Report};
use map::{Action as ActionAcc, Formation as FormationAcc, Lieu, Mapper, SessionAcc};
use text::Encoding;

/// The LHEO 2.3 namespace (`lheo-gml.xml`: `<namespace ns_prefix="lheo" href=…>`).
pub const NS_2_3: &str = "http://lheo.gouv.fr/2.3";
/// The LHEO 2.2 namespace, still used by most real exports (lheo-schema's own Onisep example).
pub const NS_2_2: &str = "http://www.lheo.org/2.2";

/// The elements we read, interned so that paths are compared without allocating. Any other
/// element is [`Name::Other`] (and ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    Lheo,
    Offres,
    Formation,
    DomaineFormation,
    CodeFormacode,
    CodeNsf,
    CodeRome,
    IntituleFormation,
    ObjectifFormation,
    CodeNiveauEntree,
    CodeNiveauSortie,
    Certification,
    CodeRncp,
    UrlFormation,
    Urlweb,
    OrganismeFormationResponsable,
    SiretOrganismeFormation,
    Siret,
    NomOrganisme,
    RaisonSociale,
    CoordonneesOrganisme,
    Coordonnees,
    Web,
    Action,
    RythmeFormation,
    ModalitesEnseignement,
    ConditionsSpecifiques,
    PriseEnCharge,
    ModalitesEntreesSorties,
    AccesHandicapes,
    PrixTotalTtc,
    NombreHeuresTotal,
    UrlAction,
    OrganismeFinanceur,
    CodeFinanceur,
    LieuDeFormation,
    Ligne,
    Denomination,
    Adresse,
    Codepostal,
    Ville,
    CodeInseeCommune,
    Geolocalisation,
    Latitude,
    Longitude,
    Telfixe,
    Numtel,
    Courriel,
    Session,
    Periode,
    Debut,
    Fin,
    PeriodeInscription,
    EtatRecrutement,
    Extras,
    Other,
}

fn intern(local: &[u8]) -> Name {
    use Name::*;
    match local {
        b"lheo" => Lheo,
        b"offres" => Offres,
        b"formation" => Formation,
        b"domaine-formation" => DomaineFormation,
        b"code-FORMACODE" => CodeFormacode,
        b"code-NSF" => CodeNsf,
        b"code-ROME" => CodeRome,
        b"intitule-formation" => IntituleFormation,
        b"objectif-formation" => ObjectifFormation,
        b"code-niveau-entree" => CodeNiveauEntree,
        b"code-niveau-sortie" => CodeNiveauSortie,
        b"certification" => Certification,
        b"code-RNCP" => CodeRncp,
        b"url-formation" => UrlFormation,
        b"urlweb" => Urlweb,
        b"organisme-formation-responsable" => OrganismeFormationResponsable,
        b"SIRET-organisme-formation" => SiretOrganismeFormation,
        b"SIRET" => Siret,
        b"nom-organisme" => NomOrganisme,
        b"raison-sociale" => RaisonSociale,
        b"coordonnees-organisme" => CoordonneesOrganisme,
        b"coordonnees" => Coordonnees,
        b"web" => Web,
        b"action" => Action,
        b"rythme-formation" => RythmeFormation,
        b"modalites-enseignement" => ModalitesEnseignement,
        b"conditions-specifiques" => ConditionsSpecifiques,
        b"prise-en-charge-frais-possible" => PriseEnCharge,
        b"modalites-entrees-sorties" => ModalitesEntreesSorties,
        b"acces-handicapes" => AccesHandicapes,
        b"prix-total-TTC" => PrixTotalTtc,
        b"nombre-heures-total" => NombreHeuresTotal,
        b"url-action" => UrlAction,
        b"organisme-financeur" => OrganismeFinanceur,
        b"code-financeur" => CodeFinanceur,
        b"lieu-de-formation" => LieuDeFormation,
        b"ligne" => Ligne,
        b"denomination" => Denomination,
        b"adresse" => Adresse,
        b"codepostal" => Codepostal,
        b"ville" => Ville,
        b"code-INSEE-commune" => CodeInseeCommune,
        b"geolocalisation" => Geolocalisation,
        b"latitude" => Latitude,
        b"longitude" => Longitude,
        b"telfixe" => Telfixe,
        b"numtel" => Numtel,
        b"courriel" => Courriel,
        b"session" => Session,
        b"periode" => Periode,
        b"debut" => Debut,
        b"fin" => Fin,
        b"periode-inscription" => PeriodeInscription,
        b"etat-recrutement" => EtatRecrutement,
        b"extras" => Extras,
        _ => Other,
    }
}

/// The reading state: where we are, the text of the current element, the formation gathered.
struct Reading {
    encoding: Encoding,
    /// Element names from the root to the current one.
    path: Vec<Name>,
    /// Depth of the `extras` element being skipped (0: none).
    skip_depth: usize,
    /// Text of the innermost open element.
    text: String,
    formation: Option<FormationAcc>,
    formations_seen: usize,
    root_seen: bool,
}

/// Maps an LHEO feed: one course per `action`, one session per `session`. Malformed XML stops
/// the reading where it is (with its line and column); what was complete before is kept.
pub fn import(input: &mut dyn BufRead, options: &Options) -> Result<Imported, ImportError> {
    let mut positioned = Positioned::new(input);
    let mut report = Report::default();
    let mut mapper = Mapper::new(options);
    let mut state = Reading {
        encoding: Encoding::Utf8,
        path: Vec::with_capacity(16),
        skip_depth: 0,
        text: String::new(),
        formation: None,
        formations_seen: 0,
        root_seen: false,
    };
    let mut buf = Vec::with_capacity(4096);
    let mut any_content = false;
    {
        let mut reader = NsReader::from_reader(&mut positioned);
        let config = reader.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        loop {
            buf.clear();
            let event = reader.read_resolved_event_into(&mut buf);
            let (ns, event) = match event {
                Ok((ns, ev)) => (namespace_of(&ns), ev),
                Err(quick_xml::Error::Io(e)) => {
                    return Err(ImportError::Unreadable {
                        message: e.to_string(),
                    })
                }
                Err(e) => {
                    let at = reader.error_position();
                    drop(reader);
                    let (line, column) = positioned.line_column(at);
                    if !state.root_seen && !any_content {
                        return Err(ImportError::NotLheo(Refusal::InvalidXml {
                            line,
                            column,
                            message: e.to_string(),
                        }));
                    }
                    report.findings.push(Finding::skipped(
                        Locator::LineColumn(line, column),
                        Reason::MalformedXml,
                        e.to_string(),
                    ));
                    break;
                }
            };
            match event {
                Event::Decl(decl) => {
                    if let Some(Ok(label)) = decl.encoding() {
                        let label = String::from_utf8_lossy(&label).into_owned();
                        state.encoding = Encoding::from_label(&label).ok_or_else(|| {
                            ImportError::NotLheo(Refusal::Encoding(label.clone()))
                        })?;
                    }
                }
                Event::Start(e) => {
                    any_content = true;
                    state.start(&e, ns.as_deref(), &mut report)?;
                }
                Event::Empty(e) => {
                    any_content = true;
                    state.start(&e, ns.as_deref(), &mut report)?;
                    state.end(&mut mapper, &mut report);
                }
                Event::End(_) => state.end(&mut mapper, &mut report),
                Event::Text(t) => {
                    let raw = t.into_inner();
                    if !state.root_seen {
                        if raw.iter().any(|b| !b.is_ascii_whitespace()) {
                            return Err(ImportError::NotLheo(Refusal::NotXml));
                        }
                    } else if state.skip_depth == 0
                        // Indentation between elements (most text events) is not kept.
                        && !(state.text.is_empty() && raw.iter().all(u8::is_ascii_whitespace))
                    {
                        state.encoding.decode_into(&raw, &mut state.text);
                    }
                }
                Event::CData(t) => {
                    if state.skip_depth == 0 {
                        let raw = t.into_inner();
                        state.encoding.decode_into(&raw, &mut state.text);
                    }
                }
                Event::GeneralRef(r) => {
                    if state.skip_depth == 0 {
                        let name = state.encoding.decode(&r.into_inner());
                        match text::entity(&name) {
                            Some(s) => state.text.push_str(&s),
                            None => {
                                state.text.push('&');
                                state.text.push_str(&name);
                                state.text.push(';');
                            }
                        }
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }
    if !any_content {
        return Err(ImportError::Empty);
    }
    report.read = mapper.actions_read();
    let catalogue = mapper.finish(&mut report);
    Ok(Imported { catalogue, report })
}

/// Why a file is not read as LHEO at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The root element has a namespace that is neither LHEO 2.2 nor 2.3.
    Namespace(String),
    /// The root element is not `lheo`.
    Root(String),
    /// The file holds text (JSON, CSV…), not XML.
    NotXml,
    /// The XML is broken before its first element.
    InvalidXml {
        line: usize,
        column: usize,
        message: String,
    },
    /// The declared encoding is one we cannot decode.
    Encoding(String),
}

impl Refusal {
    pub fn describe(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Refusal::Namespace(ns) if en => format!(
                "not an LHEO feed: its namespace is « {ns} », LHEO is « {NS_2_3} » (2.3) or « {NS_2_2} » (2.2); export the feed in LHEO"
            ),
            Refusal::Namespace(ns) => format!(
                "ce n'est pas un flux LHEO\u{a0}: son espace de noms est « {ns} », celui de LHEO est « {NS_2_3} » (2.3) ou « {NS_2_2} » (2.2)\u{a0}; exportez le flux en LHEO"
            ),
            Refusal::Root(root) if en => format!(
                "not an LHEO feed: the root element is « {root} », an LHEO feed starts with « <lheo> »"
            ),
            Refusal::Root(root) => format!(
                "ce n'est pas un flux LHEO\u{a0}: l'élément racine est « {root} », un flux LHEO commence par « <lheo> »"
            ),
            Refusal::NotXml if en => {
                "not an LHEO feed: the file holds text, not XML (for JSON or CSV, choose another --format)".to_string()
            }
            Refusal::NotXml => {
                "ce n'est pas un flux LHEO\u{a0}: le fichier contient du texte, pas du XML (pour du JSON ou du CSV, choisissez un autre --format)".to_string()
            }
            Refusal::InvalidXml { line, column, message } if en => {
                format!("invalid XML at line {line}, column {column} ({message})")
            }
            Refusal::InvalidXml { line, column, message } => {
                format!("XML invalide ligne {line}, colonne {column} ({message})")
            }
            Refusal::Encoding(label) if en => format!(
                "the declared encoding « {label} » cannot be read; save the feed as UTF-8 (or ISO-8859-1, Windows-1252)"
            ),
            Refusal::Encoding(label) => format!(
                "l'encodage déclaré « {label} » ne peut pas être lu\u{a0}; enregistrez le flux en UTF-8 (ou ISO-8859-1, Windows-1252)"
            ),
        }
    }
}

fn namespace_of(ns: &ResolveResult) -> Option<String> {
    match ns {
        ResolveResult::Bound(n) => Some(String::from_utf8_lossy(n.as_ref()).into_owned()),
        _ => None,
    }
}

/// The `numero` attribute of an element (the id LHEO exports give formations, actions,
/// sessions, addresses).
fn numero(e: &BytesStart, encoding: Encoding) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"numero")
        .map(|a| text::clean(&encoding.decode(&a.value), false).0)
        .filter(|s| !s.is_empty())
}

impl Reading {
    fn start(
        &mut self,
        e: &BytesStart,
        ns: Option<&str>,
        report: &mut Report,
    ) -> Result<(), ImportError> {
        let name = intern(e.local_name().as_ref());
        if !self.root_seen {
            self.root_seen = true;
            if name != Name::Lheo {
                let shown = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                return Err(ImportError::NotLheo(Refusal::Root(shown)));
            }
            match ns {
                Some(NS_2_3) | Some(NS_2_2) => {}
                Some(other) => {
                    return Err(ImportError::NotLheo(Refusal::Namespace(other.to_string())))
                }
                None => report.findings.push(Finding::note(
                    Locator::File,
                    Reason::NoNamespace,
                    "<lheo>",
                )),
            }
        }
        self.path.push(name);
        self.text.clear();
        if self.skip_depth > 0 {
            return Ok(());
        }
        if name == Name::Extras {
            self.skip_depth = self.path.len();
            return Ok(());
        }
        if name == Name::Formation && self.is_formation_path() {
            self.formations_seen += 1;
            self.formation = Some(FormationAcc::new(
                numero(e, self.encoding),
                self.formations_seen,
            ));
        }
        let encoding = self.encoding;
        let Some(f) = self.formation.as_mut() else {
            return Ok(());
        };
        use Name::*;
        match self.path.get(3..).unwrap_or(&[]) {
            [Action] => f.actions.push(ActionAcc::new(numero(e, encoding))),
            [Action, Session] => {
                if let Some(a) = f.actions.last_mut() {
                    a.sessions.push(SessionAcc::new(numero(e, encoding)));
                }
            }
            [Action, LieuDeFormation] => {
                if let Some(a) = f.actions.last_mut() {
                    a.lieux += 1;
                    if a.lieu.is_none() {
                        a.lieu = Some(Lieu::default());
                    }
                }
            }
            [Action, LieuDeFormation, Coordonnees]
            | [Action, LieuDeFormation, Coordonnees, Adresse] => {
                if let Some(l) = f.actions.last_mut().and_then(ActionAcc::first_lieu_mut) {
                    if l.numero.is_none() {
                        l.numero = numero(e, encoding);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `lheo/offres/formation`.
    fn is_formation_path(&self) -> bool {
        matches!(
            self.path.as_slice(),
            [Name::Lheo, Name::Offres, Name::Formation]
        )
    }

    fn end(&mut self, mapper: &mut Mapper, report: &mut Report) {
        let depth = self.path.len();
        if self.skip_depth > 0 {
            if depth == self.skip_depth {
                self.skip_depth = 0;
            }
            self.path.pop();
            self.text.clear();
            return;
        }
        let text = std::mem::take(&mut self.text);
        if self.is_formation_path() {
            if let Some(f) = self.formation.take() {
                mapper.map(f, report);
            }
        } else if let Some(f) = self.formation.as_mut() {
            if matches!(
                self.path.get(..3),
                Some([Name::Lheo, Name::Offres, Name::Formation])
            ) {
                f.set(self.path.get(3..).unwrap_or(&[]), text);
            }
        }
        self.path.pop();
    }
}
