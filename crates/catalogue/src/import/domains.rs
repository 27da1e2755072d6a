//! The one table from published training and job classifications (FORMACODE, ROME, NSF) to
//! our interest domains; a record none of whose codes is listed is not a digital-skills
//! training. Sources of every range are cited next to it and in docs/feeds.md.

use aiguillage_core::profile::Domain;

/// A classification code as a feed gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code<'a> {
    /// FORMACODE (Centre Inffo), 5 digits (`31026`).
    Formacode(&'a str),
    /// ROME job code (France Travail), a letter and 4 digits (`M1805`).
    Rome(&'a str),
    /// NSF specialty (INSEE, Nomenclature des spécialités de formation), 3 digits and an
    /// optional letter (`326`, `326t`).
    Nsf(&'a str),
}

/// The domain of one code, if it is a digital one.
pub fn domain_of(code: Code) -> Option<Domain> {
    match code {
        Code::Formacode(c) => formacode(c.trim()),
        Code::Rome(c) => rome(c.trim()),
        Code::Nsf(c) => nsf(c.trim()),
    }
}

/// The domains of a record's codes, sorted, each once; empty = not digital.
/// NSF codes (a whole field) count only when no FORMACODE or ROME code maps.
pub fn domains_of<'a>(codes: impl IntoIterator<Item = Code<'a>>) -> Vec<Domain> {
    let mut precise = Vec::new();
    let mut broad = Vec::new();
    for code in codes {
        match (code, domain_of(code)) {
            (Code::Nsf(_), Some(d)) => broad.push(d),
            (_, Some(d)) => precise.push(d),
            (_, None) => {}
        }
    }
    let mut out = if precise.is_empty() { broad } else { precise };
    out.sort();
    out.dedup();
    out
}

/// FORMACODE → domain. Codes and labels from the FORMACODE list (Centre Inffo) shipped by the
/// LHEO maintainers, `lheo/lheo-schema`, `datasources/sources/FCod-utf-8.csv` (column 5 is the
/// semantic field: 308 LANGAGE INFORMATIQUE, 309 LOGICIEL, 310 INFORMATIQUE, 242
/// TELECOMMUNICATION, 462 COMMUNICATION AUDIOVISUEL MULTIMEDIA, 340 GESTION COMMERCIALE, 345
/// COMMERCIALISATION, 350 SECRETARIAT ASSISTANCE). Only codes of those fields that name a
/// digital skill are listed; codes of the same fields that do not (CAD/CAM software 30915,
/// 30925…, accounting software 30903…, audiovisual 46225…) are left out on purpose. Sorted by
/// code (binary search).
pub const FORMACODE: &[(&str, Domain)] = &[
    // 242 TELECOMMUNICATION: computer networks.
    ("24210", Domain::ReseauxSystemesCloud), // réseau local
    ("24211", Domain::ReseauxSystemesCloud), // réseau large bande
    ("24213", Domain::ReseauxSystemesCloud), // intranet
    ("24220", Domain::ReseauxSystemesCloud), // gestion réseau informatique
    ("24222", Domain::BasesNumerique),       // internet
    ("24231", Domain::ReseauxSystemesCloud), // réseau informatique
    ("24232", Domain::ReseauxSystemesCloud), // interconnexion réseau
    ("24268", Domain::ReseauxSystemesCloud), // transmission données informatiques
    ("24273", Domain::ReseauxSystemesCloud), // architecture réseau
    // 308 LANGAGE INFORMATIQUE: programming languages.
    ("30823", Domain::DeveloppementWebMobile), // langage ado.net
    ("30825", Domain::DeveloppementWebMobile), // langage power builder
    ("30827", Domain::DeveloppementWebMobile), // langage assembleur
    ("30831", Domain::DeveloppementWebMobile), // langage asp.net
    ("30840", Domain::DeveloppementWebMobile), // langage biztalk
    ("30847", Domain::DeveloppementWebMobile), // langage sgml
    ("30854", Domain::DeveloppementWebMobile), // langage informatique
    ("30857", Domain::DeveloppementWebMobile), // langage html
    ("30860", Domain::DeveloppementWebMobile), // langage visual basic.net
    ("30867", Domain::DeveloppementWebMobile), // langage javascript
    ("30873", Domain::DeveloppementWebMobile), // langage cobol
    ("30881", Domain::DeveloppementWebMobile), // langage basic
    ("30882", Domain::DeveloppementWebMobile), // langage c#.net
    ("30884", Domain::DeveloppementWebMobile), // langage turbo pascal
    ("30885", Domain::DeveloppementWebMobile), // langage turbo c
    ("30887", Domain::DataIa),                 // langage sql
    ("30896", Domain::DeveloppementWebMobile), // langage smalltalk
    // 309 LOGICIEL: software.
    ("30906", Domain::DesignUxUi),             // logiciel painter
    ("30910", Domain::DeveloppementWebMobile), // logiciel dreamweaver mx
    ("30916", Domain::DesignUxUi),             // logiciel macpaint
    ("30917", Domain::DesignUxUi),             // logiciel macdraw
    ("30921", Domain::DeveloppementWebMobile), // logiciel frontpage
    ("30931", Domain::DeveloppementWebMobile), // logiciel page web
    ("30938", Domain::DesignUxUi),             // logiciel photoshop
    ("30940", Domain::BasesNumerique),         // logiciel internet explorer
    ("30941", Domain::BasesNumerique),         // logiciel navigateur internet
    ("30946", Domain::DesignUxUi),             // logiciel traitement image
    ("30950", Domain::BasesNumerique),         // logiciel netscape
    ("30954", Domain::BasesNumerique),         // logiciel
    ("30955", Domain::DesignUxUi),             // logiciel graphique
    ("30957", Domain::BasesNumerique),         // logiciel intégré
    ("30958", Domain::BasesNumerique),         // logiciel works
    ("30960", Domain::BasesNumerique),         // logiciel outlook
    ("30964", Domain::DataIa),                 // logiciel business objects
    ("30965", Domain::BasesNumerique),         // logiciel bureautique
    ("30967", Domain::BasesNumerique),         // logiciel tableur
    ("30968", Domain::BasesNumerique),         // logiciel lotus
    ("30971", Domain::BasesNumerique),         // logiciel gestion messagerie
    ("30972", Domain::DataIa),                 // logiciel informix
    ("30973", Domain::DataIa),                 // logiciel sgbd
    ("30975", Domain::DesignUxUi),             // logiciel pao
    ("30976", Domain::BasesNumerique),         // logiciel preao
    ("30977", Domain::BasesNumerique),         // logiciel traitement texte
    ("30979", Domain::BasesNumerique),         // logiciel excel
    ("30980", Domain::ReseauxSystemesCloud),   // logiciel novell netware
    ("30981", Domain::ReseauxSystemesCloud),   // logiciel gestion réseau
    ("30982", Domain::DataIa),                 // logiciel dbase
    ("30983", Domain::DataIa),                 // logiciel foxpro
    ("30984", Domain::DesignUxUi),             // logiciel illustrator
    ("30985", Domain::DesignUxUi),             // logiciel quark XPress
    ("30986", Domain::DesignUxUi),             // logiciel publisher
    ("30987", Domain::BasesNumerique),         // logiciel power point
    ("30988", Domain::BasesNumerique),         // logiciel word
    ("30990", Domain::ReseauxSystemesCloud),   // logiciel lan manager
    ("30992", Domain::DataIa),                 // logiciel oracle
    ("30993", Domain::DataIa),                 // logiciel filemaker pro
    ("30994", Domain::DataIa),                 // logiciel access
    ("30995", Domain::DesignUxUi),             // logiciel InDesign
    ("30997", Domain::DesignUxUi),             // logiciel corel draw
    // 310 INFORMATIQUE.
    ("31001", Domain::ReseauxSystemesCloud),   // WINDOWS
    ("31002", Domain::ReseauxSystemesCloud),   // WINDOWS NT
    ("31003", Domain::DeveloppementWebMobile), // temps réel
    ("31006", Domain::Cybersecurite),          // sécurité informatique
    ("31011", Domain::ReseauxSystemesCloud),   // MS-DOS
    ("31017", Domain::DataIa),                 // numérisation données
    ("31018", Domain::BasesNumerique),         // micro-informatique
    ("31019", Domain::DataIa),                 // système expert
    ("31020", Domain::ReseauxSystemesCloud),   // unix
    ("31021", Domain::ReseauxSystemesCloud),   // linux
    ("31028", Domain::DataIa),                 // intelligence artificielle
    ("31029", Domain::DataIa),                 // informatique linguistique
    ("31032", Domain::ReseauxSystemesCloud),   // système exploitation informatique
    ("31034", Domain::ReseauxSystemesCloud),   // administration système
    ("31038", Domain::Cybersecurite),          // audit informatique
    ("31041", Domain::ReseauxSystemesCloud),   // AS/400
    ("31042", Domain::DataIa),                 // SGBD
    ("31043", Domain::ReseauxSystemesCloud),   // système informatique
    ("31049", Domain::DeveloppementWebMobile), // qualité informatique
    ("31050", Domain::SupportMaintenance),     // assistance utilisateur informatique
    ("31051", Domain::SupportMaintenance),     // maintenance informatique
    ("31052", Domain::DataIa),                 // data warehouse
    ("31054", Domain::BasesNumerique),         // informatique
    ("31057", Domain::DeveloppementWebMobile), // génie logiciel
    ("31067", Domain::DeveloppementWebMobile), // analyse programmation
    ("31068", Domain::DeveloppementWebMobile), // méthode analyse
    ("31069", Domain::DeveloppementWebMobile), // merise
    ("31073", Domain::DataIa),                 // compression données
    ("31077", Domain::DeveloppementWebMobile), // interface
    ("31080", Domain::SupportMaintenance),     // matériel informatique
    ("31081", Domain::SupportMaintenance),     // gestion parc informatique
    ("31084", Domain::DeveloppementWebMobile), // informatique de gestion
    ("31085", Domain::BasesNumerique),         // informatisation
    ("31087", Domain::DeveloppementWebMobile), // méthode OMT
    ("31088", Domain::DeveloppementWebMobile), // programmation
    ("31089", Domain::ReseauxSystemesCloud),   // MCP
    ("31091", Domain::BasesNumerique),         // bureautique conception
    ("31093", Domain::BasesNumerique),         // correspondance informatique
    ("31094", Domain::DeveloppementWebMobile), // conduite projet informatique
    ("31095", Domain::DeveloppementWebMobile), // schéma directeur informatique
    ("31096", Domain::DeveloppementWebMobile), // cahier charges informatique
    ("31097", Domain::DeveloppementWebMobile), // programmation structurée
    ("31098", Domain::DeveloppementWebMobile), // programmation orientée objet
    // 340 GESTION COMMERCIALE, 345 COMMERCIALISATION: online marketing and sales.
    ("34093", Domain::MarketingCommunication), // marketing électronique
    ("34530", Domain::MarketingCommunication), // commerce électronique
    // 350 SECRETARIAT ASSISTANCE.
    ("35066", Domain::BasesNumerique), // bureautique
    // 462 COMMUNICATION AUDIOVISUEL MULTIMEDIA.
    ("46251", Domain::JeuxVideo3d),            // jeu vidéo
    ("46258", Domain::DesignUxUi),             // infographie
    ("46262", Domain::DesignUxUi),             // multimédia
    ("46270", Domain::DeveloppementWebMobile), // site internet
    ("46271", Domain::BasesNumerique),         // navigation internet
];

/// ROME → domain: the ROME (v3, France Travail) job sheets of the domain "M18 Systèmes
/// d'information et de télécommunication", and the digital sheets of other domains
/// (E1101 Animation de site multimédia, E1104 Conception de contenus multimédias, E1205
/// Réalisation de contenus multimédias, I1401 Maintenance informatique et bureautique). The rest
/// of E11 (writing, journalism, translation, events) is not digital and is left out.
pub const ROME: &[(&str, Domain)] = &[
    ("E1101", Domain::MarketingCommunication), // Animation de site multimédia
    ("E1104", Domain::DesignUxUi),             // Conception de contenus multimédias
    ("E1205", Domain::DesignUxUi),             // Réalisation de contenus multimédias
    ("I1401", Domain::SupportMaintenance),     // Maintenance informatique et bureautique
    ("M1801", Domain::ReseauxSystemesCloud),   // Administration de systèmes d'information
    ("M1802", Domain::SupportMaintenance),     // Expertise et support en systèmes d'information
    ("M1803", Domain::ReseauxSystemesCloud),   // Direction des systèmes d'information
    ("M1804", Domain::ReseauxSystemesCloud),   // Études et développement de réseaux de télécoms
    ("M1805", Domain::DeveloppementWebMobile), // Études et développement informatique
    ("M1806", Domain::DeveloppementWebMobile), // Conseil et maîtrise d'ouvrage en SI
    ("M1810", Domain::ReseauxSystemesCloud),   // Production et exploitation de SI
];

/// NSF (INSEE, Nomenclature des spécialités de formation, 1994) → domain: 326 « Informatique,
/// traitement de l'information, réseaux de transmission des données » (label as in the
/// FORMACODE list above, column 13), with or without its function letter (326m, 326n, 326p,
/// 326r, 326t). It is a whole field: used only when no FORMACODE or ROME code of the record
/// is in the tables above ([`domains_of`]), and mapped to the broadest domain.
pub const NSF: &[(&str, Domain)] = &[("326", Domain::BasesNumerique)];

fn lookup(table: &[(&str, Domain)], code: &str) -> Option<Domain> {
    table
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, d)| *d)
}

fn formacode(code: &str) -> Option<Domain> {
    lookup(FORMACODE, code)
}

fn rome(code: &str) -> Option<Domain> {
    lookup(ROME, &code.to_ascii_uppercase())
}

fn nsf(code: &str) -> Option<Domain> {
    // "326", "326t", "326 T": the three digits decide.
    let digits: String = code.chars().take(3).collect();
    lookup(NSF, &digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_sorted_so_that_binary_search_finds_each_code() {
        for table in [FORMACODE, ROME, NSF] {
            for pair in table.windows(2) {
                assert!(pair[0].0 < pair[1].0, "{} then {}", pair[0].0, pair[1].0);
            }
            for (code, domain) in table {
                assert_eq!(lookup(table, code), Some(*domain), "{code}");
            }
        }
    }

    #[test]
    fn digital_codes_map_to_their_domain_and_others_to_none() {
        assert_eq!(
            domain_of(Code::Formacode("31006")),
            Some(Domain::Cybersecurite)
        );
        assert_eq!(
            domain_of(Code::Rome("m1805")),
            Some(Domain::DeveloppementWebMobile)
        );
        assert_eq!(domain_of(Code::Nsf("326t")), Some(Domain::BasesNumerique));
        // BTS négociation et relation client (lheo-schema's example): not digital.
        assert!(domains_of([
            Code::Formacode("34582"),
            Code::Nsf("312"),
            Code::Rome("D1402")
        ])
        .is_empty());
    }

    #[test]
    fn nsf_326_counts_only_when_no_precise_code_is_digital() {
        assert_eq!(
            domains_of([Code::Nsf("326"), Code::Formacode("31006")]),
            vec![Domain::Cybersecurite]
        );
        assert_eq!(
            domains_of([Code::Nsf("326n")]),
            vec![Domain::BasesNumerique]
        );
    }
}
