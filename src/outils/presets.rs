//! The territories Aiguillage was born from, one click each. Only public facts: the territory's
//! name and its official codes, checked against the communes data (tests below); no logo and no
//! colour (a host's brand is theirs to give).

use super::form::{Form, Kind, Place};

/// A ready-made territory.
pub struct Preset {
    /// The button's label (a proper name: the same in every language).
    pub label: &'static str,
    /// The host's name (`nom`): the territory's public name.
    pub name: &'static str,
    /// Departments or communes.
    pub kind: Kind,
    /// Codes and names.
    pub places: &'static [(&'static str, &'static str)],
}

/// The communes of the Communauté d'agglomération Maubeuge Val de Sambre (SIREN 200043396), as
/// `@etalab/decoupage-administratif` 6.0.0 lists its members (`data/epci.json`, 43 communes).
const MAUBEUGE_VAL_DE_SAMBRE: &[(&str, &str)] = &[
    ("59392", "Maubeuge"),
    ("59291", "Hautmont"),
    ("59324", "Jeumont"),
    ("59033", "Aulnoye-Aymeries"),
    ("59225", "Feignies"),
    ("59365", "Louvroil"),
    ("59230", "Ferrière-la-Grande"),
    ("59514", "Rousies"),
    ("59068", "Berlaimont"),
    ("59104", "Boussois"),
    ("59385", "Marpent"),
    ("59344", "Leval"),
    ("59467", "Pont-sur-Sambre"),
    ("59495", "Recquignies"),
    ("59041", "Bachant"),
    ("59157", "Cousolre"),
    ("59021", "Assevent"),
    ("59151", "Colleret"),
    ("59424", "Neuf-Mesnil"),
    ("59543", "Saint-Remy-du-Nord"),
    ("59231", "Ferrière-la-Petite"),
    ("59058", "Beaufort"),
    ("59190", "Élesmes"),
    ("59627", "Villers-Sire-Nicole"),
    ("59618", "Vieux-Reng"),
    ("59264", "Gognies-Chaussée"),
    ("59370", "Mairieux"),
    ("59142", "Cerfontaine"),
    ("59617", "Vieux-Mesnil"),
    ("59351", "Limont-Fontaine"),
    ("59103", "Boussières-sur-Sambre"),
    ("59542", "Saint-Remy-Chaussée"),
    ("59406", "Monceau-Saint-Waast"),
    ("59101", "Bousignies-sur-Roc"),
    ("59003", "Aibes"),
    ("59076", "Bettignies"),
    ("59439", "Noyelles-sur-Sambre"),
    ("59442", "Obrechies"),
    ("59187", "Éclaibes"),
    ("59556", "Sassegnies"),
    ("59072", "Bersillies"),
    ("59188", "Écuélin"),
    ("59483", "Quiévelon"),
];

/// Every preset, in the order of the page.
pub const PRESETS: [Preset; 5] = [
    Preset {
        label: "Seine-Saint-Denis (Le Grand Numérique)",
        name: "Seine-Saint-Denis",
        kind: Kind::Departments,
        places: &[("93", "Seine-Saint-Denis")],
    },
    Preset {
        label: "Vandœuvre-lès-Nancy",
        name: "Vandœuvre-lès-Nancy",
        kind: Kind::Communes,
        places: &[("54547", "Vandœuvre-lès-Nancy")],
    },
    Preset {
        label: "Maubeuge Val de Sambre",
        name: "Maubeuge Val de Sambre",
        kind: Kind::Communes,
        places: MAUBEUGE_VAL_DE_SAMBRE,
    },
    // The commune's code: core counts its 16 arrondissements (13201–13216) in it.
    Preset {
        label: "Marseille",
        name: "Marseille",
        kind: Kind::Communes,
        places: &[("13055", "Marseille")],
    },
    Preset {
        label: "Saint-Étienne",
        name: "Saint-Étienne",
        kind: Kind::Communes,
        places: &[("42218", "Saint-Étienne")],
    },
];

impl Preset {
    /// The form this preset fills: its territory and name; every other setting back to the
    /// default (a preset is a fresh start, not a mix with the last one).
    pub fn form(&self) -> Form {
        let mut form = Form {
            name: self.name.to_string(),
            ..Form::default()
        };
        for (code, name) in self.places {
            form.add(self.kind, Place::new(code, name));
        }
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiguillage_core::embed::EmbedOptions;
    use aiguillage_core::geo::{CommuneShard, DepartmentIndex};

    fn data(path: &str) -> String {
        let file = format!("{}/public/data/communes/{path}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    #[test]
    fn every_preset_names_places_the_communes_data_knows_under_those_names() {
        let departments = DepartmentIndex::from_json(&data("index.json")).unwrap();
        for preset in &PRESETS {
            for (code, name) in preset.places {
                match preset.kind {
                    Kind::Departments => {
                        let d = departments.department(code).unwrap();
                        assert_eq!(d.name, *name, "{}", preset.label);
                    }
                    Kind::Communes => {
                        let dep = aiguillage_core::geo::department_of_insee(code).unwrap();
                        let shard = CommuneShard::from_json(&data(&format!("{dep}.json"))).unwrap();
                        let commune = shard.communes.iter().find(|c| c.insee == *code);
                        assert_eq!(commune.map(|c| c.name.as_str()), Some(*name), "{code}");
                    }
                }
            }
        }
    }

    #[test]
    fn maubeuge_val_de_sambre_is_its_43_communes_once_each() {
        let mut codes: Vec<&str> = MAUBEUGE_VAL_DE_SAMBRE.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes.len(), 43);
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 43);
        assert!(codes.contains(&"59392"), "Maubeuge itself");
    }

    #[test]
    fn every_preset_is_a_territory_the_app_accepts_with_its_name() {
        for preset in &PRESETS {
            let pairs = preset.form().pairs();
            let (options, ignored) =
                EmbedOptions::from_params(pairs.iter().map(|(k, v)| (*k, v.as_str())));
            assert!(ignored.is_empty(), "{}: {ignored:?}", preset.label);
            assert!(options.territory.is_some(), "{}", preset.label);
            assert_eq!(options.name.as_ref().map(|n| n.as_str()), Some(preset.name));
            assert!(options.logo.is_none() && options.colour.is_none());
        }
    }
}
