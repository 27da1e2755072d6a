//! Help places: the ANCT national map of digital-mediation places (npm
//! `@gouvfr-anct/cartographie-nationale`, `assets/data/source.json`) converted into the
//! core's `HelpPlace`, and the national networks (Mission Locale, France Travail, Cap Emploi,
//! the national map of digital-inclusion places, France Services, CEP, Transitions Pro,
//! ENIC-NARIC, French courses) as routing targets with their official locators.
//!
//! The map's package version holds 687 places, all in Auvergne-Rhône-Alpes (its 12
//! departments: 01, 03, 07, 15, 26, 38, 42, 43, 63, 69, 73, 74): elsewhere, people get the
//! national map's locator, never a place hundreds of kilometres away.
//!
//! Only the map's facts are kept; derived fields (INSEE code, official commune name) come
//! from the communes index, and nothing is invented: an unknown fact stays absent.

use std::collections::{BTreeSet, HashMap};

use aiguillage_core::catalogue::{
    Address, Audience, Contact, CoordinatesPrecision, Email, Fees, HelpKind, HelpNetwork,
    HelpPlace, HelpService, HttpUrl, Reception,
};
use aiguillage_core::geo::{normalize_name, Commune, CommuneIndex, GeoPoint};
use aiguillage_core::Date;
use serde::Deserialize;

use crate::error::{Error, Result};

/// The file inside the npm package.
pub const SOURCE_JSON: &str = "package/assets/data/source.json";

/// Where the converted facts come from (the pinned package's page).
pub const SOURCE_URL: &str =
    "https://www.npmjs.com/package/@gouvfr-anct/cartographie-nationale/v/5.22.0";

/// Prefix of the converted places' ids (`anct-<id in the map>`).
pub const ID_PREFIX: &str = "anct-";

/// One place of the ANCT map, as the package stores it.
#[derive(Debug, Deserialize)]
struct AnctPlace {
    id: String,
    nom: String,
    #[serde(default)]
    services: Option<String>,
    commune: String,
    code_postal: String,
    #[serde(default)]
    adresse: Option<String>,
    latitude: f64,
    longitude: f64,
    #[serde(default)]
    publics_accueillis: Option<String>,
    #[serde(default)]
    conditions_acces: Option<String>,
    #[serde(default)]
    modalites_accompagnement: Option<String>,
    #[serde(default)]
    horaires: Option<String>,
    #[serde(default)]
    telephone: Option<String>,
    #[serde(default)]
    courriel: Option<String>,
    #[serde(default)]
    site_web: Option<String>,
    #[serde(default)]
    date_maj: Option<String>,
}

/// Where the national networks come from, in build messages.
pub const NETWORKS_ORIGIN: &str = "national networks (crates/catalogue/src/help_places.rs)";

/// The national networks and their official locators (checked by the core when the catalogue
/// is built, like every other record). Each address was confirmed on a public page on
/// 2026-12-01: mon-cep.org is the one the Ministry of Labour gives for the CEP
/// (travail-emploi.gouv.fr, « Le conseil en évolution professionnelle »); the ANCT's national map
/// of digital-inclusion places is the one its API documentation names; the France Services
/// page is the ANCT's (« Où trouver France Services »); the ENIC-NARIC page is France Éducation
/// international's on foreign diplomas; the French-course page is the Ministry of the
/// Interior's on the integration contract's language training.
pub fn national_networks() -> Vec<HelpNetwork> {
    [
        (
            HelpKind::MissionLocale,
            "Mission Locale",
            "https://www.unml.info/le-reseau/annuaire/",
        ),
        (
            HelpKind::FranceTravail,
            "France Travail",
            "https://www.francetravail.fr/annuaire/",
        ),
        (
            HelpKind::CapEmploi,
            "Cap emploi",
            "https://www.capemploi.info/",
        ),
        (
            HelpKind::MediationNumerique,
            "Cartographie nationale des lieux d'inclusion numérique",
            "https://cartographie.societenumerique.gouv.fr/cartographie/",
        ),
        (
            HelpKind::FranceServices,
            "France Services",
            "https://www.cohesion-territoires.gouv.fr/france-services",
        ),
        (
            HelpKind::Cep,
            "Mon CEP (conseil en évolution professionnelle)",
            "https://mon-cep.org/",
        ),
        (
            HelpKind::TransitionsPro,
            "Transitions Pro",
            "https://www.transitionspro.fr/",
        ),
        (
            HelpKind::EnicNaric,
            "Centre ENIC-NARIC France",
            "https://www.france-education-international.fr/enic-naric-page/reconnaissance-diplome-etranger-documents-delivres",
        ),
        (
            HelpKind::CoursFrancais,
            "Formation linguistique du contrat d'intégration républicaine (OFII)",
            "https://immigration.interieur.gouv.fr/Integration-et-Acces-a-la-nationalite/Le-parcours-personnalise-d-integration-republicaine/Le-contrat-d-integration-republicaine-CIR/La-formation-linguistique",
        ),
    ]
    .into_iter()
    .filter_map(|(kind, name, url)| {
        HttpUrl::parse(url).map(|locator_url| HelpNetwork {
            kind,
            name: name.to_string(),
            locator_url,
        })
    })
    .collect()
}

/// The result of a conversion: places, and notes about facts that were dropped or derived.
#[derive(Debug, Default)]
pub struct Converted {
    pub places: Vec<HelpPlace>,
    pub notes: Vec<String>,
}

/// Converts the map's `source.json` into help places, sorted by id. Fails on malformed records
/// and on values outside the known vocabularies (so a new package version is looked at).
///
/// `former` lists communes déléguées/associées as `(name, current commune's INSEE code)`
/// ([`crate::communes::former_communes`]), so that a place in « Pringy » lands in Annecy.
pub fn convert_anct(
    source_json: &[u8],
    communes: &CommuneIndex,
    former: &[(String, String)],
) -> Result<Converted> {
    let values: Vec<serde_json::Value> = serde_json::from_slice(source_json).map_err(|e| {
        Error::source(
            SOURCE_JSON,
            None,
            format!("not a JSON array of places ({e})"),
        )
    })?;
    let mut out = Converted::default();
    let mut ids = BTreeSet::new();
    let names = Names::new(communes, former);
    for (i, value) in values.into_iter().enumerate() {
        let name = value
            .get("nom")
            .and_then(|n| n.as_str())
            .unwrap_or("?")
            .to_string();
        let record = format!("record #{} ({name})", i + 1);
        let raw: AnctPlace = serde_json::from_value(value)
            .map_err(|e| Error::source(SOURCE_JSON, Some(record.clone()), e.to_string()))?;
        let record = format!("record #{} (id {}, {})", i + 1, raw.id, raw.nom);
        let place = convert_one(raw, communes, &names, &record, &mut out.notes)?;
        if !ids.insert(place.id.clone()) {
            return Err(Error::source(
                SOURCE_JSON,
                Some(record),
                format!("duplicate id `{}`", place.id),
            ));
        }
        out.places.push(place);
    }
    out.places.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

fn split(list: &Option<String>) -> impl Iterator<Item = &str> {
    list.as_deref()
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

fn convert_one(
    raw: AnctPlace,
    communes: &CommuneIndex,
    names: &Names<'_>,
    record: &str,
    notes: &mut Vec<String>,
) -> Result<HelpPlace> {
    let err = |field: &str, message: String| {
        Error::source(
            SOURCE_JSON,
            Some(format!("{record}, field `{field}`")),
            message,
        )
    };
    let point = GeoPoint::new(raw.latitude, raw.longitude).ok_or_else(|| {
        err(
            "latitude",
            format!("{}, {} is not a valid point", raw.latitude, raw.longitude),
        )
    })?;
    let commune = find_commune(
        communes,
        names,
        &raw.code_postal,
        &raw.commune,
        &raw.nom,
        point,
    )
    .ok_or_else(|| {
        err(
            "code_postal",
            format!(
                "no commune with postcode {} near the place",
                raw.code_postal
            ),
        )
    })?;
    if normalize_name(&commune.name) != normalize_name(&raw.commune) {
        notes.push(format!(
            "{record}: commune « {} » {} read as {} {}",
            raw.commune, raw.code_postal, commune.insee, commune.name
        ));
    } else if !commune
        .postcodes
        .iter()
        .any(|p| p == raw.code_postal.trim())
    {
        notes.push(format!(
            "{record}: postcode {} is not one of {} {}'s ({}); kept as given",
            raw.code_postal,
            commune.insee,
            commune.name,
            commune.postcodes.join(", ")
        ));
    }

    // What the place offers (data.inclusion `types`), from its access services and its ways
    // of helping. Learning topics ("Prendre en main un ordinateur"…) are what every
    // mediation place is about; they add no type.
    let mut services = BTreeSet::new();
    for s in split(&raw.services) {
        match s {
            "Accéder à du matériel" | "Accéder à une connexion internet" => {
                services.insert(HelpService::AideMaterielle);
            }
            "Réaliser des démarches administratives avec un accompagnement"
            | "Accompagner les démarches de santé" => {
                services.insert(HelpService::Accompagnement);
            }
            "Prendre en main un ordinateur"
            | "Prendre en main un smartphone ou une tablette"
            | "Utiliser le numérique au quotidien"
            | "Approfondir ma culture numérique"
            | "Devenir autonome dans les démarches administratives"
            | "Promouvoir la citoyenneté numérique" => {}
            other => return Err(err("services", unknown(other))),
        }
    }
    for m in split(&raw.modalites_accompagnement) {
        let service = match m.split(" : ").next().unwrap_or(m) {
            "Avec de l'aide" | "A ma place" | "À ma place" => HelpService::Accompagnement,
            "Dans un atelier" => HelpService::Atelier,
            "Seul" => HelpService::AideMaterielle,
            _ => return Err(err("modalites_accompagnement", unknown(m))),
        };
        services.insert(service);
    }

    // Who is welcome. "Adultes" means the place is open to everyone; the specific publics are
    // kept when the core has a word for them.
    let mut audiences = BTreeSet::new();
    for p in split(&raw.publics_accueillis) {
        match p {
            "Adultes" => {
                audiences.insert(Audience::TousPublics);
            }
            "Jeunes (16-26 ans)" => {
                audiences.insert(Audience::Jeunes);
            }
            "Seniors (+ 65 ans)" => {
                audiences.insert(Audience::Seniors);
            }
            "Surdité"
            | "Déficience visuelle"
            | "Handicaps mentaux : déficiences limitant les activités d'une personne" => {
                audiences.insert(Audience::PersonnesEnSituationDeHandicap);
            }
            "Familles/enfants"
            | "Personnes en situation d'illettrisme"
            | "Public langues étrangères" => {}
            other => return Err(err("publics_accueillis", unknown(other))),
        }
    }

    // Fees: free only when the place says so and mentions no payment or membership.
    let (mut free, mut paying) = (false, false);
    for c in split(&raw.conditions_acces) {
        match c.split(" : ").next().unwrap_or(c) {
            "Gratuit" => free = true,
            "Payant" | "Adhésion" => paying = true,
            "Gratuit sous condition" | "Accepte le Pass numérique" => {}
            _ => return Err(err("conditions_acces", unknown(c))),
        }
    }
    let fees = match (free, paying) {
        (true, false) => Some(Fees::Gratuit),
        (false, true) => Some(Fees::Payant),
        _ => None,
    };

    let url = match non_empty(raw.site_web) {
        None => None,
        Some(text) => {
            let parsed =
                HttpUrl::parse(&text).or_else(|| HttpUrl::parse(&format!("https://{text}")));
            if parsed.is_none() {
                notes.push(format!(
                    "{record}: web site « {text} » dropped (not an http(s) link)"
                ));
            }
            parsed
        }
    };
    let email = match non_empty(raw.courriel) {
        None => None,
        Some(text) => {
            let parsed = Email::parse(&text);
            if parsed.is_none() {
                notes.push(format!(
                    "{record}: e-mail « {text} » dropped (not an e-mail address)"
                ));
            }
            parsed
        }
    };
    let verified_on = match non_empty(raw.date_maj) {
        None => None,
        Some(text) => {
            Some(Date::parse(&text).map_err(|e| err("date_maj", format!("« {text} »: {e:?}")))?)
        }
    };

    Ok(HelpPlace {
        id: format!("{ID_PREFIX}{}", raw.id.trim()),
        kind: HelpKind::MediationNumerique,
        name: raw.nom.trim().to_string(),
        address: Address {
            street: non_empty(raw.adresse),
            postcode: raw.code_postal.trim().to_string(),
            insee_code: commune.insee.clone(),
            city: commune.name.clone(),
        },
        latitude: raw.latitude,
        longitude: raw.longitude,
        coordinates_precision: CoordinatesPrecision::Exact,
        services: services.into_iter().collect(),
        audiences: audiences.into_iter().collect(),
        fees,
        // A place on the map receives people on site.
        reception: vec![Reception::EnPresentiel],
        opening_hours: non_empty(raw.horaires),
        contact: Contact {
            phone: non_empty(raw.telephone),
            email,
            url,
        },
        source_url: HttpUrl::parse(SOURCE_URL),
        verified_on,
    })
}

fn unknown(value: &str) -> String {
    format!(
        "unknown value « {value} »; add it to the mapping in crates/catalogue/src/help_places.rs"
    )
}

/// Communes by normalised name (current ones, and the current commune of former ones), to
/// find a place's commune when its postcode is wrong or its commune was merged.
struct Names<'a> {
    current: HashMap<String, Vec<&'a Commune>>,
    former: HashMap<String, Vec<&'a Commune>>,
}

impl<'a> Names<'a> {
    fn new(communes: &'a CommuneIndex, former: &[(String, String)]) -> Self {
        let mut current: HashMap<String, Vec<&Commune>> = HashMap::new();
        for c in communes.communes() {
            current.entry(normalize_name(&c.name)).or_default().push(c);
        }
        let mut by_former: HashMap<String, Vec<&Commune>> = HashMap::new();
        for (name, parent) in former {
            if let Some(c) = communes.by_insee(parent) {
                by_former.entry(normalize_name(name)).or_default().push(c);
            }
        }
        Names {
            current,
            former: by_former,
        }
    }
}

fn distance(c: &Commune, point: GeoPoint) -> f64 {
    c.point
        .map(|p| p.distance_km(point))
        .unwrap_or(f64::INFINITY)
}

fn nearest_of<'a>(list: impl Iterator<Item = &'a Commune>, point: GeoPoint) -> Option<&'a Commune> {
    list.filter(|c| c.point.is_some()).min_by(|a, b| {
        distance(a, point)
            .total_cmp(&distance(b, point))
            .then_with(|| a.insee.cmp(&b.insee))
    })
}

/// The commune of a place, in order of trust: a commune of its postcode with its name; a
/// commune with its name within 30 km (the postcode is wrong); the current commune of a
/// former commune (déléguée, associée) with its name, within 30 km; the only commune of its
/// postcode whose name starts with it ("Chamonix" → Chamonix-Mont-Blanc); a commune of its
/// postcode named in the place's name; the nearest commune of its postcode within 15 km (a
/// commune déléguée's name); the nearest commune within 20 km.
fn find_commune<'a>(
    communes: &'a CommuneIndex,
    names: &Names<'a>,
    postcode: &str,
    name: &str,
    place_name: &str,
    point: GeoPoint,
) -> Option<&'a Commune> {
    let candidates = communes.by_postcode(postcode.trim());
    let wanted = normalize_name(name);
    if let Some(c) = candidates
        .iter()
        .find(|c| normalize_name(&c.name) == wanted)
    {
        return Some(c);
    }
    for list in [&names.current, &names.former] {
        if let Some(c) = nearest_of(list.get(&wanted).into_iter().flatten().copied(), point) {
            if distance(c, point) <= 30.0 {
                return Some(c);
            }
        }
    }
    let prefixed: Vec<&Commune> = candidates
        .iter()
        .copied()
        .filter(|c| normalize_name(&c.name).starts_with(&format!("{wanted} ")))
        .collect();
    if let [only] = prefixed.as_slice() {
        return Some(only);
    }
    // "France services Valgelon La Rochette", commune « La Rochette »: the place's own name
    // may name its commune; the longest such name wins.
    let place_name = format!(" {} ", normalize_name(place_name));
    if let Some(c) = candidates
        .iter()
        .copied()
        .filter(|c| place_name.contains(&format!(" {} ", normalize_name(&c.name))))
        .max_by(|a, b| {
            a.name
                .len()
                .cmp(&b.name.len())
                .then_with(|| b.insee.cmp(&a.insee))
        })
    {
        return Some(c);
    }
    if let Some(c) = nearest_of(candidates.iter().copied(), point) {
        if distance(c, point) <= 15.0 {
            return Some(c);
        }
    }
    communes
        .nearest(point)
        .filter(|(_, d)| *d <= 20.0)
        .map(|(c, _)| c)
}
