//! The location question of a guichet: the territory's communes first, while anyone can still
//! type their own commune.

use super::territory::Territory;
use crate::geo::Commune;

/// The territory's communes among those loaded, to offer first: a list of communes in its
/// order, a department's most populated first; at most `limit`.
pub fn territory_communes<'a>(
    territory: &Territory,
    loaded: &'a [Commune],
    limit: usize,
) -> Vec<&'a Commune> {
    let mut found: Vec<&Commune> = match territory {
        Territory::Communes(codes) => codes
            .iter()
            .filter_map(|code| loaded.iter().find(|c| c.insee == code.as_str()))
            .collect(),
        Territory::Departments(_) => {
            let mut v: Vec<&Commune> = loaded
                .iter()
                .filter(|c| territory.holds(&c.insee))
                .collect();
            crate::sort::sort_by(&mut v, |a, b| b.population.cmp(&a.population));
            v
        }
    };
    found.truncate(limit);
    found
}

/// Puts the territory's communes first among suggestions, each side keeping its order.
pub fn territory_first<T>(
    territory: &Territory,
    items: Vec<T>,
    insee: impl Fn(&T) -> &str,
) -> Vec<T> {
    let (mut inside, outside): (Vec<T>, Vec<T>) =
        items.into_iter().partition(|x| territory.holds(insee(x)));
    inside.extend(outside);
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commune(insee: &str, name: &str, population: u32) -> Commune {
        Commune {
            insee: insee.into(),
            name: name.into(),
            postcodes: vec![],
            department: crate::geo::department_of_insee(insee).unwrap().into(),
            point: None,
            population: Some(population),
        }
    }

    fn names(v: &[&Commune]) -> Vec<String> {
        v.iter().map(|c| c.name.clone()).collect()
    }

    #[test]
    fn a_department_offers_its_most_populated_communes_first() {
        let loaded = vec![
            commune("93006", "Bagnolet", 36_000),
            commune("75056", "Paris", 2_100_000),
            commune("93048", "Montreuil", 111_000),
            commune("93066", "Saint-Denis", 113_000),
        ];
        let t = Territory::parse("dep:93").unwrap();
        assert_eq!(
            names(&territory_communes(&t, &loaded, 2)),
            ["Saint-Denis", "Montreuil"]
        );
    }

    #[test]
    fn a_list_of_communes_is_offered_in_its_order_once_loaded() {
        let loaded = vec![
            commune("54395", "Nancy", 104_000),
            commune("54547", "Vandœuvre-lès-Nancy", 29_000),
        ];
        let t = Territory::parse("com:54547,54395,54304").unwrap();
        assert_eq!(
            names(&territory_communes(&t, &loaded, 8)),
            ["Vandœuvre-lès-Nancy", "Nancy"]
        );
    }

    #[test]
    fn suggestions_in_the_territory_come_first_and_the_others_stay() {
        let t = Territory::parse("dep:93").unwrap();
        let typed = vec!["97411", "93066", "2A004", "93048"];
        assert_eq!(
            territory_first(&t, typed, |s| s),
            ["93066", "93048", "97411", "2A004"]
        );
    }
}
