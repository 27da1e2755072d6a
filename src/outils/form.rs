//! The configurator's form as plain values, and the embedding parameters it stands for. The
//! checks are core's (`EmbedOptions::from_params`): the form only says what was typed or
//! chosen, so that what the app would ignore is said here exactly as the app would say it.

use aiguillage_core::profile::Domain;
use aiguillage_core::Lang;

/// A department or a commune of the territory: its code (`93`, `54547`) and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The department code or INSEE code.
    pub code: String,
    /// The name shown in the list of chosen places.
    pub name: String,
}

impl Place {
    /// A place of `code`, named `name`.
    pub fn new(code: &str, name: &str) -> Place {
        Place {
            code: code.to_string(),
            name: name.to_string(),
        }
    }
}

/// What the territory is made of: a territory is departments or communes, never both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `dep:`
    Departments,
    /// `com:`
    Communes,
}

/// Everything the form holds. Empty text means "not set" (the app's default).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    /// The territory's kind and places; no place is the whole of France.
    pub places: Vec<Place>,
    /// `dep:` or `com:` (meaningful only with places).
    pub kind: Option<Kind>,
    /// `nom`.
    pub name: String,
    /// `logo`.
    pub logo: String,
    /// `couleur`, as typed (`#005a9c`).
    pub colour: String,
    /// `couleur-texte`, as typed.
    pub text_colour: String,
    /// `lang`; `None` leaves the person's own.
    pub lang: Option<Lang>,
    /// `domaines`, in [`Domain::ALL`] order.
    pub domains: Vec<Domain>,
    /// `depart=questionnaire` when true.
    pub start_quiz: bool,
}

impl Form {
    /// Adds a place of `kind`; places of the other kind go (a territory is one kind), and a
    /// place already there is not added twice.
    pub fn add(&mut self, kind: Kind, place: Place) {
        if self.kind != Some(kind) {
            self.places.clear();
            self.kind = Some(kind);
        }
        if !self.places.iter().any(|p| p.code == place.code) {
            self.places.push(place);
        }
    }

    /// Removes the place of `code`.
    pub fn remove(&mut self, code: &str) {
        self.places.retain(|p| p.code != code);
    }

    /// The whole of France: no place.
    pub fn whole_france(&mut self) {
        self.places.clear();
        self.kind = None;
    }

    /// Ticks or unticks a domain, keeping [`Domain::ALL`] order.
    pub fn set_domain(&mut self, domain: Domain, on: bool) {
        let ticked = |d: &Domain| {
            if *d == domain {
                on
            } else {
                self.domains.contains(d)
            }
        };
        self.domains = Domain::ALL.into_iter().filter(ticked).collect();
    }

    /// `territoire`'s value (`dep:93`, `com:54547,54395`), `None` for the whole of France.
    pub fn territory(&self) -> Option<String> {
        let prefix = match self.kind? {
            Kind::Departments => "dep:",
            Kind::Communes => "com:",
        };
        if self.places.is_empty() {
            return None;
        }
        let codes: Vec<&str> = self.places.iter().map(|p| p.code.as_str()).collect();
        Some(format!("{prefix}{}", codes.join(",")))
    }

    /// The parameters the form stands for, as typed (core checks them): only those set.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(t) = self.territory() {
            pairs.push(("territoire", t));
        }
        let text = [
            ("couleur", &self.colour),
            ("couleur-texte", &self.text_colour),
            ("logo", &self.logo),
            ("nom", &self.name),
        ];
        for (param, value) in text {
            if !value.trim().is_empty() {
                pairs.push((param, value.trim().to_string()));
            }
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.code().to_string()));
        }
        if !self.domains.is_empty() {
            let codes: Vec<&str> = self
                .domains
                .iter()
                .map(|d| aiguillage_core::embed::domain_code(*d))
                .collect();
            pairs.push(("domaines", codes.join(",")));
        }
        if self.start_quiz {
            pairs.push(("depart", "questionnaire".to_string()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_territory_is_departments_or_communes_and_the_last_kind_chosen_wins() {
        let mut f = Form::default();
        assert_eq!(f.territory(), None);
        f.add(Kind::Departments, Place::new("93", "Seine-Saint-Denis"));
        f.add(Kind::Departments, Place::new("59", "Nord"));
        f.add(Kind::Departments, Place::new("93", "Seine-Saint-Denis"));
        assert_eq!(f.territory().as_deref(), Some("dep:93,59"));
        f.add(Kind::Communes, Place::new("54547", "Vandœuvre-lès-Nancy"));
        assert_eq!(f.territory().as_deref(), Some("com:54547"));
        f.remove("54547");
        assert_eq!(f.territory(), None);
        f.add(Kind::Communes, Place::new("42218", "Saint-Étienne"));
        f.whole_france();
        assert_eq!(f.territory(), None);
    }

    #[test]
    fn only_the_settings_given_become_parameters_trimmed() {
        assert!(Form::default().pairs().is_empty());
        let mut f = Form {
            name: "  Vandœuvre-lès-Nancy ".into(),
            colour: "#ffff00".into(),
            text_colour: "   ".into(),
            lang: Some(Lang::Facile),
            start_quiz: true,
            ..Form::default()
        };
        f.set_domain(Domain::Cybersecurite, true);
        f.set_domain(Domain::DataIa, true);
        f.set_domain(Domain::JeuxVideo3d, true);
        f.set_domain(Domain::JeuxVideo3d, false);
        assert_eq!(
            f.pairs(),
            vec![
                ("couleur", "#ffff00".to_string()),
                ("nom", "Vandœuvre-lès-Nancy".to_string()),
                ("lang", "facile".to_string()),
                ("domaines", "data-ia,cybersecurite".to_string()),
                ("depart", "questionnaire".to_string()),
            ]
        );
    }
}
