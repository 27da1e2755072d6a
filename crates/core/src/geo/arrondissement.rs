//! Municipal arrondissements: Paris, Lyon and Marseille are each one commune (75056, 69123,
//! 13055) divided into arrondissements with their own INSEE codes and postcodes (Paris
//! 75101–75120, Lyon 69381–69389, Marseille 13201–13216). The communes files hold both: the
//! city, for catalogue places that name it, and its arrondissements, for where a person lives.

/// `(city INSEE code, first arrondissement code, last arrondissement code)`; fixed by law
/// (PLM law of 31 December 1982; Lyon's 9th arrondissement since 1964).
const CITIES: [(&str, &str, &str); 3] = [
    ("75056", "75101", "75120"),
    ("69123", "69381", "69389"),
    ("13055", "13201", "13216"),
];

/// The city an arrondissement belongs to: `"13202"` → `Some("13055")`; `None` for any other
/// code.
pub fn city_of_arrondissement(insee: &str) -> Option<&'static str> {
    CITIES
        .iter()
        .find(|(_, first, last)| insee.len() == 5 && insee >= *first && insee <= *last)
        .map(|(city, _, _)| *city)
}

/// Whether this commune is divided into arrondissements (Paris, Lyon, Marseille).
pub fn has_arrondissements(insee: &str) -> bool {
    CITIES.iter().any(|(city, _, _)| *city == insee)
}

/// The first arrondissement of a city divided into arrondissements (to check the files hold
/// them).
pub fn first_arrondissement(city: &str) -> Option<&'static str> {
    CITIES
        .iter()
        .find(|(c, _, _)| *c == city)
        .map(|(_, first, _)| *first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrondissements_belong_to_their_city_and_nothing_else_does() {
        assert_eq!(city_of_arrondissement("75101"), Some("75056"));
        assert_eq!(city_of_arrondissement("75120"), Some("75056"));
        assert_eq!(city_of_arrondissement("75121"), None);
        assert_eq!(city_of_arrondissement("69381"), Some("69123"));
        assert_eq!(city_of_arrondissement("69389"), Some("69123"));
        assert_eq!(city_of_arrondissement("69390"), None);
        assert_eq!(city_of_arrondissement("13202"), Some("13055"));
        assert_eq!(city_of_arrondissement("13216"), Some("13055"));
        assert_eq!(city_of_arrondissement("13200"), None);
        assert_eq!(city_of_arrondissement("13055"), None);
        assert_eq!(city_of_arrondissement("1320"), None);
        assert_eq!(city_of_arrondissement("132021"), None);
        assert!(has_arrondissements("75056"));
        assert!(!has_arrondissements("75101"));
        assert!(!has_arrondissements("93048"));
        assert_eq!(first_arrondissement("13055"), Some("13201"));
        assert_eq!(first_arrondissement("93048"), None);
    }
}
