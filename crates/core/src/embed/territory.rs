//! The territory of a guichet (`territoire=dep:93`, `dep:59,62`, `com:54547,54395`): the
//! departments or communes whose offer comes first. Never postcodes: a postcode spans several
//! communes and departments, and a commune several postcodes.

use crate::geo::{city_of_arrondissement, department_of_insee, Department};
use crate::insee::InseeCode;
use crate::matching::Zone;
use crate::text::{embed_words, fill, join_words, IgnoredWhy, Lang};

/// More departments than this is no longer one guichet's territory (a region has at most 13).
pub const MAX_DEPARTMENTS: usize = 30;
/// More communes than this would not fit a link (an EPCI has at most a few hundred; 300 codes
/// are about 1.8 KB of address).
pub const MAX_COMMUNES: usize = 300;

/// A territory: departments, or communes by INSEE code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Territory {
    /// Departments, in the order given (duplicates removed). Their `name` is empty until
    /// [`Territory::name_departments`] fills it from the departments file.
    Departments(Vec<Department>),
    /// Communes, in the order given (duplicates removed).
    Communes(Vec<InseeCode>),
}

/// Why a `territoire` value is not a territory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TerritoryError {
    /// Neither `dep:` nor `com:` in front.
    Kind,
    /// Nothing after the prefix.
    Empty,
    /// A postcode (`75001`, `dep:93100`, `com:42000`).
    Postcode,
    /// Not a department code (`dep:999`, `dep:20`).
    UnknownDepartment,
    /// Not an INSEE commune code.
    NotInseeCode,
    /// More than [`MAX_DEPARTMENTS`] or [`MAX_COMMUNES`].
    TooMany,
}

impl TerritoryError {
    /// The reason given when `territoire` is ignored.
    pub fn why(self) -> IgnoredWhy {
        match self {
            TerritoryError::Kind => IgnoredWhy::TerritoryKind,
            TerritoryError::Empty => IgnoredWhy::Empty,
            TerritoryError::Postcode => IgnoredWhy::Postcode,
            TerritoryError::UnknownDepartment => IgnoredWhy::UnknownDepartment,
            TerritoryError::NotInseeCode => IgnoredWhy::NotInseeCode,
            TerritoryError::TooMany => IgnoredWhy::TooMany,
        }
    }
}

/// A department code as INSEE writes it (`01`–`95` but `20`, `2A`, `2B`, `971`–`978`, `984`,
/// `986`–`989`, the codes of `public/data/communes/index.json`), upper-cased.
fn department_code(code: &str) -> Option<String> {
    let code = code.to_ascii_uppercase();
    let n: Option<u16> = code
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| code.parse().ok())
        .flatten();
    let known = match (code.len(), n) {
        (2, Some(n)) => (1..=95).contains(&n) && n != 20,
        (2, None) => code == "2A" || code == "2B",
        (3, Some(n)) => matches!(n, 971..=978 | 984 | 986..=989),
        _ => false,
    };
    known.then_some(code)
}

/// Five digits that can only be a postcode: no commune number is `000` (`42000`), and Paris's
/// communes are `75056` and `751xx`, never `75001`–`75020` (its postcodes).
fn is_postcode_only(code: &str) -> bool {
    let paris = code
        .strip_prefix("750")
        .and_then(|n| n.parse::<u8>().ok())
        .is_some_and(|n| (1..=20).contains(&n));
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()) && (code.ends_with("000") || paris)
}

impl Territory {
    /// Parses `dep:93`, `dep:59,62`, `com:54547,54395` (spaces around items and lower-case
    /// `2a` tolerated; duplicates removed).
    pub fn parse(s: &str) -> Result<Territory, TerritoryError> {
        let s = s.trim();
        let Some((kind, list)) = s.split_once(':') else {
            let digits = s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit());
            return Err(if digits {
                TerritoryError::Postcode
            } else {
                TerritoryError::Kind
            });
        };
        let items: Vec<&str> = list
            .split(',')
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .collect();
        if items.is_empty() {
            return Err(TerritoryError::Empty);
        }
        match kind.trim().to_ascii_lowercase().as_str() {
            "dep" => {
                let mut deps: Vec<Department> = Vec::new();
                for item in items {
                    let code = department_code(item).ok_or(if item.len() == 5 {
                        TerritoryError::Postcode
                    } else {
                        TerritoryError::UnknownDepartment
                    })?;
                    if !deps.iter().any(|d| d.code == code) {
                        deps.push(Department {
                            code,
                            name: String::new(),
                            region: String::new(),
                        });
                    }
                }
                if deps.len() > MAX_DEPARTMENTS {
                    return Err(TerritoryError::TooMany);
                }
                Ok(Territory::Departments(deps))
            }
            "com" => {
                let mut communes: Vec<InseeCode> = Vec::new();
                for item in items {
                    if is_postcode_only(item) {
                        return Err(TerritoryError::Postcode);
                    }
                    let code = InseeCode::parse(item).ok_or(TerritoryError::NotInseeCode)?;
                    if !communes.contains(&code) {
                        communes.push(code);
                    }
                }
                if communes.len() > MAX_COMMUNES {
                    return Err(TerritoryError::TooMany);
                }
                Ok(Territory::Communes(communes))
            }
            _ => Err(TerritoryError::Kind),
        }
    }

    /// The parameter's value, which [`Territory::parse`] reads back: `dep:59,62`.
    pub fn to_param(&self) -> String {
        let (kind, codes): (&str, Vec<&str>) = match self {
            Territory::Departments(d) => ("dep:", d.iter().map(|d| d.code.as_str()).collect()),
            Territory::Communes(c) => ("com:", c.iter().map(InseeCode::as_str).collect()),
        };
        format!("{kind}{}", codes.join(","))
    }

    /// Whether the commune is in the territory (an arrondissement of Paris, Lyon or Marseille
    /// is in a territory that names its city).
    pub fn contains(&self, commune: &InseeCode) -> bool {
        self.holds(commune.as_str())
    }

    /// [`Territory::contains`] for a code read from a file (an invalid one is in no territory).
    pub fn holds(&self, insee: &str) -> bool {
        match self {
            Territory::Departments(deps) => {
                department_of_insee(insee).is_some_and(|dep| deps.iter().any(|d| d.code == dep))
            }
            Territory::Communes(communes) => communes
                .iter()
                .any(|c| c.as_str() == insee || city_of_arrondissement(insee) == Some(c.as_str())),
        }
    }

    /// The departments whose communes shard holds the territory (to load them first).
    pub fn department_codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = Vec::new();
        let all: Vec<&str> = match self {
            Territory::Departments(d) => d.iter().map(|d| d.code.as_str()).collect(),
            Territory::Communes(c) => c
                .iter()
                .filter_map(|c| department_of_insee(c.as_str()))
                .collect(),
        };
        for code in all {
            if !codes.iter().any(|c| c == code) {
                codes.push(code.to_string());
            }
        }
        codes
    }

    /// Fills the departments' names (from the departments file, which the app loads lazily);
    /// a code `name_of` does not know keeps its empty name.
    pub fn name_departments(&mut self, name_of: impl Fn(&str) -> Option<String>) {
        if let Territory::Departments(deps) = self {
            for d in deps {
                if let Some(name) = name_of(&d.code) {
                    d.name = name;
                }
            }
        }
    }

    /// The territory in words: "Seine-Saint-Denis", "Nord et Pas-de-Calais", "2 communes";
    /// a department whose name is not filled yet is "département 93".
    pub fn label(&self, lang: Lang) -> String {
        let words = embed_words(lang);
        match self {
            Territory::Departments(deps) => {
                let names: Vec<String> = deps
                    .iter()
                    .map(|d| {
                        if d.name.is_empty() {
                            fill(words.department_code, &[("code", &d.code)])
                        } else {
                            d.name.clone()
                        }
                    })
                    .collect();
                join_words(&names, lang)
            }
            Territory::Communes(c) if c.len() == 1 => words.one_commune.to_string(),
            Territory::Communes(c) => fill(words.communes, &[("n", &c.len().to_string())]),
        }
    }
}

impl Zone for Territory {
    fn holds(&self, insee: &str) -> bool {
        Territory::holds(self, insee)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(t: &Territory) -> Vec<String> {
        t.department_codes()
    }

    #[test]
    fn a_territory_of_departments_reads_corsica_and_overseas_and_removes_duplicates() {
        let t = Territory::parse("dep:93").unwrap();
        assert_eq!(codes(&t), ["93"]);
        let t = Territory::parse(" DEP: 2a, 2B ,971,976,2A").unwrap();
        assert_eq!(codes(&t), ["2A", "2B", "971", "976"]);
        assert_eq!(t.to_param(), "dep:2A,2B,971,976");
        assert_eq!(Territory::parse(&t.to_param()), Ok(t));
    }

    #[test]
    fn a_department_that_does_not_exist_or_a_postcode_is_refused() {
        for (s, e) in [
            ("dep:999", TerritoryError::UnknownDepartment),
            ("dep:20", TerritoryError::UnknownDepartment),
            ("dep:00", TerritoryError::UnknownDepartment),
            ("dep:96", TerritoryError::UnknownDepartment),
            ("dep:985", TerritoryError::UnknownDepartment),
            ("dep:2C", TerritoryError::UnknownDepartment),
            ("dep:93,x", TerritoryError::UnknownDepartment),
            ("75001", TerritoryError::Postcode),
            ("dep:93100", TerritoryError::Postcode),
            ("com:75001", TerritoryError::Postcode),
            ("com:42000", TerritoryError::Postcode),
            ("com:5454", TerritoryError::NotInseeCode),
            ("com:2C004", TerritoryError::NotInseeCode),
            ("93", TerritoryError::Kind),
            ("epci:200041960", TerritoryError::Kind),
            ("dep:", TerritoryError::Empty),
            ("com: , ", TerritoryError::Empty),
        ] {
            assert_eq!(Territory::parse(s), Err(e), "{s}");
        }
    }

    #[test]
    fn too_many_departments_or_communes_is_not_a_territory() {
        let deps: Vec<String> = (1..=95)
            .filter(|n| *n != 20)
            .map(|n| format!("{n:02}"))
            .collect();
        assert_eq!(
            Territory::parse(&format!("dep:{}", deps.join(","))),
            Err(TerritoryError::TooMany)
        );
        let communes: Vec<String> = (1..=301).map(|n| format!("54{n:03}")).collect();
        assert_eq!(
            Territory::parse(&format!("com:{}", communes.join(","))),
            Err(TerritoryError::TooMany)
        );
    }

    #[test]
    fn a_commune_is_in_its_department_territory_and_an_arrondissement_in_its_city() {
        let code = |c: &str| InseeCode::parse(c).unwrap();
        let t = Territory::parse("dep:59,62").unwrap();
        assert!(t.contains(&code("59350")));
        assert!(t.contains(&code("62041")));
        assert!(!t.contains(&code("93048")));
        let t = Territory::parse("com:54547,54395").unwrap();
        assert!(t.contains(&code("54547")));
        assert!(!t.contains(&code("54548")));
        assert_eq!(codes(&t), ["54"]);
        let paris = Territory::parse("com:75056").unwrap();
        assert!(paris.contains(&code("75111")));
        assert!(!paris.holds("not a code"));
        let corsica = Territory::parse("dep:2A").unwrap();
        assert!(corsica.contains(&code("2A004")));
        assert!(!corsica.contains(&code("2B033")));
    }

    #[test]
    fn a_territory_says_its_departments_names_once_known_and_counts_its_communes() {
        let mut t = Territory::parse("dep:59,62").unwrap();
        assert_eq!(t.label(Lang::Fr), "département 59 et département 62");
        t.name_departments(|c| match c {
            "59" => Some("Nord".into()),
            "62" => Some("Pas-de-Calais".into()),
            _ => None,
        });
        assert_eq!(t.label(Lang::Fr), "Nord et Pas-de-Calais");
        assert_eq!(t.label(Lang::En), "Nord and Pas-de-Calais");
        let one = Territory::parse("com:54547").unwrap();
        assert_eq!(one.label(Lang::Fr), "1 commune");
        let two = Territory::parse("com:54547,54395").unwrap();
        assert_eq!(two.label(Lang::Facile), "2 communes");
        assert_eq!(two.label(Lang::En), "2 communes");
    }
}
