//! The import report: how many records were read and mapped, and every finding (a record
//! skipped, a field left out, a note), rendered in French or English grouped by reason, with
//! counts and the first examples of each.

use std::collections::BTreeMap;

use aiguillage_core::Lang;

/// How many examples the rendered report shows per reason.
pub const EXAMPLES_PER_REASON: usize = 5;

/// What an import read, kept and refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Records read from the input (LHEO: actions; CSV: rows; data·inclusion: structures and
    /// services).
    pub read: usize,
    /// Records written to the catalogue (courses and help places).
    pub mapped: usize,
    pub findings: Vec<Finding>,
}

/// One thing the person should know about one place of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub at: Locator,
    pub reason: Reason,
    /// The offending value (shown quoted) or a short precision.
    pub detail: String,
    pub effect: Effect,
}

impl Finding {
    /// A record that was left out.
    pub fn skipped(at: Locator, reason: Reason, detail: impl Into<String>) -> Finding {
        Finding {
            at,
            reason,
            detail: detail.into(),
            effect: Effect::Skipped,
        }
    }

    /// A field left empty (unknown), the record kept.
    pub fn dropped(at: Locator, reason: Reason, detail: impl Into<String>) -> Finding {
        Finding {
            at,
            reason,
            detail: detail.into(),
            effect: Effect::FieldDropped,
        }
    }

    /// Nothing lost, but worth knowing (HTML removed, approximate coordinates…).
    pub fn note(at: Locator, reason: Reason, detail: impl Into<String>) -> Finding {
        Finding {
            at,
            reason,
            detail: detail.into(),
            effect: Effect::Note,
        }
    }
}

/// What a finding cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effect {
    /// The record was not imported.
    Skipped,
    /// One field was left empty ("à vérifier"); the record was kept.
    FieldDropped,
    /// Nothing was lost.
    Note,
}

/// Where in the input a finding is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locator {
    Line(usize),
    LineColumn(usize, usize),
    /// A record's id in the input (LHEO `numero`, data·inclusion `id`).
    Record(String),
    Cell {
        line: usize,
        column: String,
    },
    /// The input as a whole.
    File,
}

impl Locator {
    fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Locator::Line(l) if en => format!("line {l}"),
            Locator::Line(l) => format!("ligne {l}"),
            Locator::LineColumn(l, c) if en => format!("line {l}, column {c}"),
            Locator::LineColumn(l, c) => format!("ligne {l}, colonne {c}"),
            Locator::Record(id) if en => format!("record « {} »", shown(id)),
            Locator::Record(id) => format!("enregistrement « {} »", shown(id)),
            Locator::Cell { line, column } if en => format!("line {line}, column « {column} »"),
            Locator::Cell { line, column } => format!("ligne {line}, colonne « {column} »"),
            Locator::File if en => "the file".to_string(),
            Locator::File => "le fichier".to_string(),
        }
    }
}

/// Why a finding was made. One enum for every format; each importer uses its own share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// No domain code maps to a digital domain (and no `--domaine`).
    NotDigital,
    /// A course without any session (LHEO `action` without `session`).
    NoSession,
    /// A date that is no calendar date (`20261399`).
    BadDate,
    /// A date given to the month or the year only (`20260900`): kept unknown, never a
    /// made-up day.
    PartialDate,
    /// Coordinates that are not numbers, or outside France: the commune's point is used.
    BadCoordinates,
    /// Coordinates missing: the commune's point is used (approximate distance).
    ApproximateCoordinates,
    /// A link that is not `http(s)://` (`javascript:`, `data:`, relative): dropped.
    UnsafeUrl,
    /// An id already seen earlier in the input: the later record is skipped.
    DuplicateId,
    /// A required element or column is absent or empty.
    MissingField(&'static str),
    /// A code outside its published list (the field names which list).
    UnknownCode(&'static str),
    /// A commune that the communes index does not know.
    UnknownCommune,
    /// Markup removed from a text (escaped HTML): the text is kept.
    HtmlRemoved,
    /// A number that cannot be read (`prix-total-TTC` « abc »).
    BadNumber,
    /// The XML is malformed from here on: the records before are kept.
    MalformedXml,
    /// The LHEO root element has no namespace: read as LHEO 2.3.
    NoNamespace,
    /// The core's validation refused the record (same rules as `validate`).
    Invalid,
    /// An LHEO action with several `lieu-de-formation`: the first is used (LHEO does not say
    /// which session takes place where).
    OtherPlacesIgnored,
    // --- import-tabular ---
    /// An e-mail address that is not one: left out.
    BadEmail,
    /// A column the template does not have: ignored.
    UnknownColumn,
    /// A text longer than the schema allows: cut at a word, with "…".
    TextCut,
    /// A field the catalogue schema cannot hold (the field names which): not imported.
    NotKept(&'static str),
    /// A data·inclusion service whose structure is not in the file.
    UnknownStructure,
    /// A data·inclusion structure of no network we route people to, and without training.
    NotHelpNetwork,
    /// A data·inclusion service that is not a training or workshop on digital skills.
    NotTraining,
    /// No place a person could go to, and not remote (CPF: only the department is known).
    NoPlace,
}

impl Reason {
    /// The reason's sentence.
    pub fn describe(self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let s = match self {
            Reason::NotDigital if en => "not a digital-skills training (no FORMACODE/ROME/NSF code of the digital domains; use --domaine to import them anyway)",
            Reason::NotDigital => "hors numérique (aucun code FORMACODE/ROME/NSF des domaines du numérique\u{a0}; --domaine pour les importer quand même)",
            Reason::NoSession if en => "no session announced: the course is kept, its next session \"to be confirmed\"",
            Reason::NoSession => "aucune session annoncée\u{a0}: la formation est gardée, prochaine session « à confirmer »",
            Reason::BadDate if en => "not a calendar date (left unknown)",
            Reason::BadDate => "date impossible (laissée inconnue)",
            Reason::PartialDate if en => "date given to the month or year only (left unknown: no day is made up)",
            Reason::PartialDate => "date au mois ou à l'année seulement (laissée inconnue\u{a0}: aucun jour n'est inventé)",
            Reason::BadCoordinates if en => "coordinates unreadable or outside France: the commune's point is used (approximate)",
            Reason::BadCoordinates => "coordonnées illisibles ou hors de France\u{a0}: point de la commune utilisé (approximatif)",
            Reason::ApproximateCoordinates if en => "no coordinates: the commune's point is used (approximate)",
            Reason::ApproximateCoordinates => "pas de coordonnées\u{a0}: point de la commune utilisé (approximatif)",
            Reason::UnsafeUrl if en => "link dropped: not an http(s):// address",
            Reason::UnsafeUrl => "lien retiré\u{a0}: pas une adresse http(s)://",
            Reason::DuplicateId if en => "id already used earlier in the file: this record is skipped",
            Reason::DuplicateId => "identifiant déjà utilisé plus haut dans le fichier\u{a0}: cet enregistrement est ignoré",
            Reason::MissingField(f) if en => return format!("missing « {f} »"),
            Reason::MissingField(f) => return format!("« {f} » manquant"),
            Reason::UnknownCode(f) if en => return format!("unknown « {f} » code (left unknown)"),
            Reason::UnknownCode(f) => return format!("code « {f} » inconnu (laissé inconnu)"),
            Reason::UnknownCommune if en => "commune unknown to the communes index",
            Reason::UnknownCommune => "commune inconnue de l'index des communes",
            Reason::HtmlRemoved if en => "HTML markup removed from a text (the text is kept)",
            Reason::HtmlRemoved => "balises HTML retirées d'un texte (le texte est gardé)",
            Reason::BadNumber if en => "not a number (left unknown)",
            Reason::BadNumber => "nombre illisible (laissé inconnu)",
            Reason::MalformedXml if en => "malformed XML: reading stopped here, the records before are kept",
            Reason::MalformedXml => "XML mal formé\u{a0}: lecture arrêtée ici, les enregistrements précédents sont gardés",
            Reason::NoNamespace if en => "no LHEO namespace on the root element: read as LHEO 2.3",
            Reason::NoNamespace => "pas d'espace de noms LHEO sur l'élément racine\u{a0}: lu comme LHEO 2.3",
            Reason::OtherPlacesIgnored if en => "several training places for one action: the first is used (LHEO does not say which session is where)",
            Reason::OtherPlacesIgnored => "plusieurs lieux de formation pour une action\u{a0}: le premier est utilisé (LHEO ne dit pas quelle session a lieu où)",
            Reason::Invalid if en => "refused by the catalogue validation",
            Reason::Invalid => "refusé par la validation du catalogue",
            // --- import-tabular ---
            Reason::BadEmail if en => "not an e-mail address (left out)",
            Reason::BadEmail => "adresse électronique invalide (laissée de côté)",
            Reason::UnknownColumn if en => "column unknown to the template: ignored",
            Reason::UnknownColumn => "colonne inconnue du modèle\u{a0}: ignorée",
            Reason::TextCut if en => "text too long: cut at this many characters",
            Reason::TextCut => "texte trop long\u{a0}: coupé à ce nombre de caractères",
            Reason::NotKept(f) if en => return format!("« {f} » not imported: the catalogue schema has no such field"),
            Reason::NotKept(f) => return format!("« {f} » non repris\u{a0}: le schéma du catalogue n'a pas ce champ"),
            Reason::UnknownStructure if en => "service whose structure (structure_id) is not in the file",
            Reason::UnknownStructure => "service dont la structure (structure_id) n'est pas dans le fichier",
            Reason::NotHelpNetwork if en => "structure of no help network we route people to (mission-locale, france-travail, cap-emploi-reseau-cheops, conseillers-numeriques, france-service, espaces-publics-numeriques…), without training",
            Reason::NotHelpNetwork => "structure d'aucun réseau d'aide vers lequel nous orientons (mission-locale, france-travail, cap-emploi-reseau-cheops, conseillers-numeriques, france-service, espaces-publics-numeriques…), sans formation",
            Reason::NotTraining if en => "service that is not a training or workshop (type formation/atelier) on digital skills (thematiques numerique-- or se-former--)",
            Reason::NotTraining => "service qui n'est pas une formation ou un atelier (type formation/atelier) sur le numérique (thématiques numerique-- ou se-former--)",
            Reason::NoPlace if en => "no place to go to and not remote (the source gives only the department)",
            Reason::NoPlace => "aucun lieu où se rendre et pas à distance (la source ne donne que le département)",
        };
        s.to_string()
    }
}

impl Report {
    /// Records left out, by reason.
    pub fn skipped_by_reason(&self) -> BTreeMap<Reason, usize> {
        let mut counts = BTreeMap::new();
        for f in &self.findings {
            if f.effect == Effect::Skipped {
                *counts.entry(f.reason).or_insert(0) += 1;
            }
        }
        counts
    }

    /// Records left out, all reasons together.
    pub fn skipped(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.effect == Effect::Skipped)
            .count()
    }

    /// Findings of a reason.
    pub fn count(&self, reason: Reason) -> usize {
        self.findings.iter().filter(|f| f.reason == reason).count()
    }

    /// The report for a person: counts, then one group per reason (skipped first), each with
    /// its count and first [`EXAMPLES_PER_REASON`] examples (where and the value, quoted).
    /// Easy French reads the French report.
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let mut out = if en {
            format!(
                "Read: {}; imported: {}; skipped: {}.\n",
                self.read,
                self.mapped,
                self.skipped()
            )
        } else {
            format!(
                "Lus\u{a0}: {}\u{a0}; importés\u{a0}: {}\u{a0}; ignorés\u{a0}: {}.\n",
                self.read,
                self.mapped,
                self.skipped()
            )
        };
        let mut groups: BTreeMap<(Effect, Reason), Vec<&Finding>> = BTreeMap::new();
        for f in &self.findings {
            groups.entry((f.effect, f.reason)).or_default().push(f);
        }
        for ((effect, reason), findings) in &groups {
            let what = match (effect, en) {
                (Effect::Skipped, true) => "skipped",
                (Effect::Skipped, false) => "ignorés",
                (Effect::FieldDropped, true) => "field left unknown",
                (Effect::FieldDropped, false) => "champ laissé inconnu",
                (Effect::Note, true) => "note",
                (Effect::Note, false) => "remarque",
            };
            let sep = if en { ":" } else { "\u{a0}:" };
            out.push_str(&format!(
                "- {} × {} ({what}){sep}\n",
                findings.len(),
                reason.describe(lang)
            ));
            for f in findings.iter().take(EXAMPLES_PER_REASON) {
                let at = f.at.render(lang);
                if f.detail.is_empty() {
                    out.push_str(&format!("    {at}\n"));
                } else {
                    out.push_str(&format!("    {at}{sep} « {} »\n", shown(&f.detail)));
                }
            }
            if findings.len() > EXAMPLES_PER_REASON {
                let more = findings.len() - EXAMPLES_PER_REASON;
                if en {
                    out.push_str(&format!("    … and {more} more\n"));
                } else {
                    out.push_str(&format!("    … et {more} autre(s)\n"));
                }
            }
        }
        out
    }
}

/// A value cut after 80 characters (as the core's messages do).
fn shown(value: &str) -> String {
    const MAX: usize = 80;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let mut findings = Vec::new();
        for i in 0..7 {
            findings.push(Finding::skipped(
                Locator::Record(format!("AF{i}")),
                Reason::NotDigital,
                "31826",
            ));
        }
        findings.push(Finding::dropped(
            Locator::LineColumn(12, 5),
            Reason::BadDate,
            "20261399",
        ));
        Report {
            read: 10,
            mapped: 3,
            findings,
        }
    }

    #[test]
    fn the_report_counts_skipped_records_by_reason() {
        let r = report();
        assert_eq!(r.skipped(), 7);
        assert_eq!(r.skipped_by_reason().get(&Reason::NotDigital), Some(&7));
        assert_eq!(r.skipped_by_reason().get(&Reason::BadDate), None);
    }

    #[test]
    fn the_rendered_report_shows_five_examples_per_reason_and_the_rest_as_a_count() {
        let fr = report().render(Lang::Fr);
        assert!(
            fr.starts_with("Lus\u{a0}: 10\u{a0}; importés\u{a0}: 3\u{a0}; ignorés\u{a0}: 7."),
            "{fr}"
        );
        assert!(fr.contains("- 7 × hors numérique"), "{fr}");
        assert!(fr.contains("enregistrement « AF4 »"), "{fr}");
        assert!(!fr.contains("AF5"), "{fr}");
        assert!(fr.contains("… et 2 autre(s)"), "{fr}");
        assert!(
            fr.contains("ligne 12, colonne 5\u{a0}: « 20261399 »"),
            "{fr}"
        );
        let en = report().render(Lang::En);
        assert!(en.starts_with("Read: 10; imported: 3; skipped: 7."), "{en}");
        assert!(en.contains("line 12, column 5: « 20261399 »"), "{en}");
    }
}
