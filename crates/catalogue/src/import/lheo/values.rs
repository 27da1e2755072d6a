//! LHEO values read into typed ones: `AAAAMMJJ` dates, dictionary codes (dict-niveaux,
//! dict-modalites-enseignement, dict-etat-recrutement, dict-financeurs, dict-boolean), prices,
//! hours, links and coordinates. Codes and meanings from the LHEO 2.3 definition,
//! `lheo/lheo-schema` `definition/lheo-gml.xml` (dictionaries `dict-*`, elements `debut`/`fin`).

use aiguillage_core::catalogue::{Funder, HttpUrl, Recruitment};
use aiguillage_core::geo::GeoPoint;
use aiguillage_core::level::EducationLevel;
use aiguillage_core::profile::{Modality, Rhythm};
use aiguillage_core::Date;

/// A value outside its dictionary or unreadable as its type: the field is left unknown (and
/// reported by the caller, which knows the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadValue;

/// An LHEO date (`debut`, `fin`): « Si cette date est inconnue, indiquer 00000000 [début] /
/// 99999999 [fin]. Pour indiquer un mois, utiliser le format AAAAMM00, pour indiquer une
/// année, utiliser le format AAAA0000. »
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LheoDate {
    Day(Date),
    /// `00000000`, `99999999` or empty.
    Unknown,
    /// A month or a year only: our schema holds days, so it stays unknown (no day invented).
    Partial,
    /// Not a calendar date (`20261399`, `2026-09-01`).
    Bad,
}

pub fn date(text: &str) -> LheoDate {
    let t = text.trim();
    if t.is_empty() || t == "00000000" || t == "99999999" {
        return LheoDate::Unknown;
    }
    if t.len() != 8 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return LheoDate::Bad;
    }
    let num = |r: std::ops::Range<usize>| t.get(r).and_then(|s| s.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(4..6), num(6..8)) else {
        return LheoDate::Bad;
    };
    let year_ok = (1900..=2200).contains(&y);
    match (m, d) {
        (0, 0) if year_ok => LheoDate::Partial,
        (1..=12, 0) if year_ok => LheoDate::Partial,
        _ => match (i32::try_from(y), u8::try_from(m), u8::try_from(d)) {
            (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d).map_or(LheoDate::Bad, LheoDate::Day),
            _ => LheoDate::Bad,
        },
    }
}

/// `code-niveau-entree` (dict-niveaux) → the level required to enter. 0 = « information non
/// communiquée » (unknown). 1 « sans niveau spécifique », 2 niveau VI, 3 niveau V bis, 11–12
/// (European levels 1–2) require no diploma; 4 niveau V / 13 = CAP-BEP; 5 / 14 = bac; 6 / 15 =
/// bac+2; 7 / 16 = bac+3/4; 8 / 17 / 18 = bac+5 and above. `Err` for a code outside the list.
pub fn entry_level(code: &str) -> Result<Option<EducationLevel>, BadValue> {
    Ok(Some(match code.trim() {
        "0" | "" => return Ok(None),
        "1" | "2" | "3" | "11" | "12" => EducationLevel::SansDiplome,
        "4" | "13" => EducationLevel::CapBep,
        "5" | "14" => EducationLevel::Bac,
        "6" | "15" => EducationLevel::Bac2,
        "7" | "16" => EducationLevel::Bac34,
        "8" | "17" | "18" => EducationLevel::Bac5Plus,
        _ => return Err(BadValue),
    }))
}

/// `code-niveau-sortie` (dict-niveaux) → European level obtained (1–8): 11–18 are levels 1–8;
/// the 1969 levels V, IV, III, II, I (codes 4–8) are European levels 3, 4, 5, 6, 7. Codes 0–3
/// (unknown, none, VI, V bis) give no level.
pub fn exit_level(code: &str) -> Result<Option<u8>, BadValue> {
    Ok(match code.trim() {
        "" | "0" | "1" | "2" | "3" => None,
        "4" => Some(3),
        "5" => Some(4),
        "6" => Some(5),
        "7" => Some(6),
        "8" => Some(7),
        c => match c.parse::<u8>() {
            Ok(n @ 11..=18) => Some(n - 10),
            _ => return Err(BadValue),
        },
    })
}

/// `modalites-enseignement` (dict-modalites-enseignement): 0 « entièrement présentielle »,
/// 1 « mixte », 2 « entièrement à distance ».
pub fn modality(code: &str) -> Result<Option<Modality>, BadValue> {
    match code.trim() {
        "" => Ok(None),
        "0" => Ok(Some(Modality::Presentiel)),
        "1" => Ok(Some(Modality::Hybride)),
        "2" => Ok(Some(Modality::Distanciel)),
        _ => Err(BadValue),
    }
}

/// `etat-recrutement` (dict-etat-recrutement): 1 ouvert, 2 fermé, 3 suspendu.
pub fn recruitment(code: &str) -> Result<Option<Recruitment>, BadValue> {
    match code.trim() {
        "" => Ok(None),
        "1" => Ok(Some(Recruitment::Ouvert)),
        "2" => Ok(Some(Recruitment::Ferme)),
        "3" => Ok(Some(Recruitment::Suspendu)),
        _ => Err(BadValue),
    }
}

/// `code-financeur` (dict-financeurs): 2 Conseil régional, 4 Pôle emploi, 5 Entreprise,
/// 7 AGEFIPH, 10 Bénéficiaire de l'action, 11/12/13/19 État, 16 OPCO, 17 Transition Pro; the
/// others (0 Autre, 3/14 Fonds européens, 6 ACSÉ, 8/9/15 other local authorities, 18 LADOM,
/// 20 OFII) are `autre`. 1 (« codes obsolètes ») and unknown codes give none.
pub fn funder(code: &str) -> Option<Funder> {
    Some(match code.trim().parse::<u8>().ok()? {
        2 => Funder::Region,
        4 => Funder::FranceTravail,
        5 => Funder::Employeur,
        7 => Funder::Agefiph,
        10 => Funder::Beneficiaire,
        11 | 12 | 13 | 19 => Funder::Etat,
        16 => Funder::Opco,
        17 => Funder::TransitionsPro,
        0 | 3 | 6 | 8 | 9 | 14 | 15 | 18 | 20 => Funder::Autre,
        _ => return None,
    })
}

/// `modalites-entrees-sorties` (dict-modalites-es): 1 = entrées/sorties permanentes.
pub fn permanent_intake(code: &str) -> bool {
    code.trim() == "1"
}

/// `rythme-formation` is free text (« Temps plein », « temps partiel, en soirée »): the
/// rhythms it names.
pub fn rhythms(text: &str) -> Vec<Rhythm> {
    let t = aiguillage_core::geo::normalize_name(text);
    let mut out = Vec::new();
    if t.contains("temps plein") || t.contains("temps complet") {
        out.push(Rhythm::TempsPlein);
    }
    if t.contains("temps partiel") {
        out.push(Rhythm::TempsPartiel);
    }
    if t.contains("alternance") {
        out.push(Rhythm::Alternance);
    }
    if t.contains("soir") || t.contains("week end") || t.contains("samedi") {
        out.push(Rhythm::SoirWeekEnd);
    }
    out
}

/// A decimal as feeds write it: `2500`, `2500.00`, `2 500,50 €`. `None` if it is not one.
pub fn decimal(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// `prix-total-TTC` in whole euros (rounded); `Err` for a negative or unreadable price.
pub fn price(text: &str) -> Result<Option<u32>, BadValue> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match decimal(text) {
        Some(v) if (0.0..=10_000_000.0).contains(&v) => Ok(Some(v.round() as u32)),
        _ => Err(BadValue),
    }
}

/// `nombre-heures-total` (0–99999 in LHEO; our schema: 1–10 000): 0 is unknown, above 10 000
/// is refused.
pub fn hours(text: &str) -> Result<Option<u32>, BadValue> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match decimal(text) {
        Some(0.0) => Ok(None),
        Some(v) if (0.5..=10_000.0).contains(&v) => Ok(Some(v.round().max(1.0) as u32)),
        _ => Err(BadValue),
    }
}

/// `dict-boolean`: 0 non, 1 oui.
pub fn boolean(text: &str) -> Option<bool> {
    match text.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// A link (`urlweb`): an absolute http(s) address, or a bare host as many feeds write it
/// (`www.exemple.fr/page`, read as `http://…`). `Err` for anything else (`javascript:`,
/// `data:`, relative paths, spaces).
pub fn url(text: &str) -> Result<Option<HttpUrl>, BadValue> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(u) = HttpUrl::parse(t) {
        return Ok(Some(u));
    }
    let host = t.split(['/', '?', '#']).next().unwrap_or("");
    let bare_host = !t.contains(':')
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if bare_host {
        if let Some(u) = HttpUrl::parse(&format!("http://{t}")) {
            return Ok(Some(u));
        }
    }
    Err(BadValue)
}

/// A SIRET: 14 digits (spaces ignored).
pub fn siret(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 14 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// `code-RNCP`: « soit composé uniquement de chiffres, soit composé du préfixe RNCP suivi de
/// chiffres » → `RNCP` + digits.
pub fn rncp(text: &str) -> Option<String> {
    let t = text.trim();
    let digits = t
        .strip_prefix("RNCP")
        .or_else(|| t.strip_prefix("rncp"))
        .unwrap_or(t);
    (!digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("RNCP{digits}"))
}

/// A ROME v3 code: a letter and 4 digits (`M1805`).
pub fn rome(text: &str) -> Option<String> {
    let t = text.trim().to_ascii_uppercase();
    let b = t.as_bytes();
    (b.len() == 5
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().skip(1).all(u8::is_ascii_digit))
    .then_some(t)
}

/// A coordinate as written (`48.65`, `48,65`); `None` if not a finite number.
pub fn coordinate(text: &str) -> Option<f64> {
    decimal(text)
}

/// The boxes of metropolitan France, Corsica and the overseas departments and collectivities
/// (min lat, max lat, min lon, max lon), rounded outwards: a point outside all of them is not
/// a French training place.
const FRANCE: [(f64, f64, f64, f64); 9] = [
    (41.3, 51.2, -5.3, 9.7),       // metropolitan France and Corsica
    (15.8, 18.2, -63.2, -60.9),    // Guadeloupe, Saint-Martin, Saint-Barthélemy
    (14.3, 14.9, -61.3, -60.8),    // Martinique
    (2.1, 5.8, -54.7, -51.5),      // Guyane
    (-21.4, -20.8, 55.2, 55.9),    // La Réunion
    (-13.1, -12.6, 44.9, 45.4),    // Mayotte
    (46.7, 47.2, -56.5, -56.1),    // Saint-Pierre-et-Miquelon
    (-28.0, -7.0, -155.0, -134.0), // Polynésie française
    (-23.0, -13.0, 163.0, 169.0),  // Nouvelle-Calédonie
];

/// Whether a point lies in France (one of the boxes above).
pub fn in_france(p: GeoPoint) -> bool {
    FRANCE
        .iter()
        .any(|&(a, b, c, d)| (a..=b).contains(&p.lat) && (c..=d).contains(&p.lon))
}

/// How far a training place may lie from its commune's point and still be believed: the
/// largest metropolitan communes reach about 20 km from their town hall (Arles); 30 km keeps
/// a margin while catching swapped or mistyped coordinates.
pub const MAX_KM_FROM_COMMUNE: f64 = 30.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lheo_dates_unknown_partial_bad_and_real() {
        assert_eq!(date("00000000"), LheoDate::Unknown);
        assert_eq!(date("99999999"), LheoDate::Unknown);
        assert_eq!(date("20260900"), LheoDate::Partial);
        assert_eq!(date("20260000"), LheoDate::Partial);
        assert_eq!(date("20261399"), LheoDate::Bad);
        assert_eq!(date("20270229"), LheoDate::Bad);
        assert_eq!(date("2026-09-01"), LheoDate::Bad);
        assert_eq!(
            date(" 20260914 "),
            LheoDate::Day(Date::new(2026, 9, 14).unwrap())
        );
    }

    #[test]
    fn dict_niveaux_codes_give_the_entry_level_and_the_european_exit_level() {
        assert_eq!(entry_level("0"), Ok(None));
        assert_eq!(entry_level("1"), Ok(Some(EducationLevel::SansDiplome)));
        assert_eq!(entry_level("5"), Ok(Some(EducationLevel::Bac)));
        assert_eq!(entry_level("14"), Ok(Some(EducationLevel::Bac)));
        assert_eq!(entry_level("9"), Err(BadValue));
        assert_eq!(exit_level("6"), Ok(Some(5)));
        assert_eq!(exit_level("16"), Ok(Some(6)));
        assert_eq!(exit_level("99"), Err(BadValue));
    }

    #[test]
    fn links_must_be_http_or_a_bare_host() {
        assert_eq!(
            url("lyceedekerneuzec.fr").unwrap().unwrap().as_str(),
            "http://lyceedekerneuzec.fr"
        );
        assert!(url("https://exemple.fr/a").unwrap().is_some());
        assert!(url("javascript:alert(1)").is_err());
        assert!(url("data:text/html,x").is_err());
        assert!(url("/formation/3").is_err());
        assert_eq!(url("  "), Ok(None));
    }

    #[test]
    fn prices_hours_and_coordinates_read_french_decimals() {
        assert_eq!(price("2 500,50 €"), Ok(Some(2501)));
        assert_eq!(price("-3"), Err(BadValue));
        assert_eq!(price("abc"), Err(BadValue));
        assert_eq!(hours("0"), Ok(None));
        assert_eq!(hours("400"), Ok(Some(400)));
        assert_eq!(hours("20000"), Err(BadValue));
        assert_eq!(coordinate("48,65"), Some(48.65));
        assert_eq!(coordinate("NaN"), None);
        assert!(!in_france(GeoPoint::new(-3.55, 47.88).unwrap()));
        assert!(in_france(GeoPoint::new(47.88, -3.55).unwrap()));
    }
}
