//! The embedding options, read from `data-*` attributes or query parameters (the same names):
//! every value checked, an invalid one ignored with its reason, never a broken page.

use super::host::{HostName, LogoUrl};
use super::ignored::Ignored;
use super::territory::Territory;
use super::theme::{Colour, Theme};
use crate::profile::Domain;
use crate::text::{IgnoredWhy, Lang};

/// Longest `catalogue` path accepted (the app's own bound for `?catalogue=`).
const MAX_CATALOGUE_LEN: usize = 2048;

/// Where the embedded app opens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Start {
    /// The home page (`depart=accueil`, the default).
    #[default]
    Home,
    /// The first question (`depart=questionnaire`).
    Quiz,
}

impl Start {
    /// The parameter's value: `accueil`, `questionnaire`.
    pub fn code(self) -> &'static str {
        match self {
            Start::Home => "accueil",
            Start::Quiz => "questionnaire",
        }
    }
}

/// The options of an embedded Aiguillage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    /// `territoire`: whose offer comes first.
    pub territory: Option<Territory>,
    /// `couleur` (+ `couleur-texte`): the colours, made readable.
    pub colour: Option<Theme>,
    /// `logo`: the host's logo, `https` only.
    pub logo: Option<LogoUrl>,
    /// `nom`: the host's name, plain text.
    pub name: Option<HostName>,
    /// `lang`: `fr`, `en`, `facile`.
    pub lang: Option<Lang>,
    /// `domaines`: preselected interests, in the order given.
    pub domains: Vec<Domain>,
    /// `catalogue`: a `.json` path on the app's own site (the app still checks the origin).
    pub catalogue: Option<String>,
    /// `depart`: where the app opens.
    pub start: Start,
    /// `cadre=1`: framed mode forced (previews); otherwise the app detects it.
    pub framed: bool,
}

/// A domain's code in `domaines` (the profile's kebab-case names).
pub fn domain_code(d: Domain) -> &'static str {
    match d {
        Domain::DeveloppementWebMobile => "developpement-web-mobile",
        Domain::DataIa => "data-ia",
        Domain::Cybersecurite => "cybersecurite",
        Domain::ReseauxSystemesCloud => "reseaux-systemes-cloud",
        Domain::SupportMaintenance => "support-maintenance",
        Domain::DesignUxUi => "design-ux-ui",
        Domain::JeuxVideo3d => "jeux-video3d",
        Domain::MarketingCommunication => "marketing-communication",
        Domain::MediationNumerique => "mediation-numerique",
        Domain::BasesNumerique => "bases-numerique",
    }
}

/// The domain of a code (case-insensitive).
pub fn domain_of_code(code: &str) -> Option<Domain> {
    Domain::ALL
        .into_iter()
        .find(|d| domain_code(*d).eq_ignore_ascii_case(code.trim()))
}

/// A `.json` path on this site: exactly one `/` first, no backslash, no control character
/// (the browser's URL parser drops or misreads them), at most 2048 bytes.
fn same_origin_path(p: &str) -> Result<String, IgnoredWhy> {
    if p.len() > MAX_CATALOGUE_LEN {
        return Err(IgnoredWhy::TooLong);
    }
    let path_like = p.starts_with('/') && !p.starts_with("//");
    let clean = !p.chars().any(|c| c.is_control() || c == '\\');
    let json = p.to_ascii_lowercase().ends_with(".json");
    if path_like && clean && json {
        Ok(p.to_string())
    } else {
        Err(IgnoredWhy::NotSameOrigin)
    }
}

/// The parameters' names, in canonical order.
const NAMES: [&str; 10] = [
    "territoire",
    "couleur",
    "couleur-texte",
    "logo",
    "nom",
    "lang",
    "domaines",
    "catalogue",
    "depart",
    "cadre",
];

impl EmbedOptions {
    /// Reads the options from `(name, value)` pairs (decoded query parameters or `data-*`
    /// attributes). Unknown names are not ours and are passed over; the first of a repeated
    /// name counts.
    pub fn from_params<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (EmbedOptions, Vec<Ignored>) {
        let mut o = EmbedOptions::default();
        let mut ignored = Vec::new();
        let mut seen = [false; NAMES.len()];
        let mut colour: Option<(Colour, &str)> = None;
        let mut text: Option<(Colour, &str)> = None;
        for (name, value) in pairs {
            let Some(i) = NAMES.iter().position(|n| *n == name) else {
                continue;
            };
            let param = NAMES[i];
            if std::mem::replace(&mut seen[i], true) {
                ignored.push(Ignored::new(param, value, IgnoredWhy::Repeated));
                continue;
            }
            let trimmed = value.trim();
            if trimmed.is_empty() {
                ignored.push(Ignored::new(param, value, IgnoredWhy::Empty));
                continue;
            }
            let result: Result<(), IgnoredWhy> = match param {
                "territoire" => Territory::parse(trimmed)
                    .map(|t| o.territory = Some(t))
                    .map_err(|e| e.why()),
                "couleur" | "couleur-texte" => match Colour::parse(trimmed) {
                    Ok(c) if param == "couleur" => Ok(colour = Some((c, value))),
                    Ok(c) => Ok(text = Some((c, value))),
                    Err(_) => Err(IgnoredWhy::NotAColour),
                },
                "logo" => LogoUrl::parse(trimmed).map(|l| o.logo = Some(l)),
                "nom" => HostName::parse(value).map(|n| o.name = Some(n)),
                "lang" => Lang::from_code(trimmed)
                    .map(|l| o.lang = Some(l))
                    .ok_or(IgnoredWhy::UnknownLang),
                "domaines" => {
                    for code in trimmed.split(',').filter(|c| !c.trim().is_empty()) {
                        match domain_of_code(code) {
                            Some(d) if !o.domains.contains(&d) => o.domains.push(d),
                            Some(_) => {}
                            None => {
                                ignored.push(Ignored::new(param, code, IgnoredWhy::UnknownDomain))
                            }
                        }
                    }
                    Ok(())
                }
                "catalogue" => same_origin_path(trimmed).map(|p| o.catalogue = Some(p)),
                "depart" => match trimmed.to_ascii_lowercase().as_str() {
                    "accueil" => Ok(o.start = Start::Home),
                    "questionnaire" => Ok(o.start = Start::Quiz),
                    _ => Err(IgnoredWhy::UnknownStart),
                },
                _ => match trimmed {
                    "1" => Ok(o.framed = true),
                    "0" => Ok(o.framed = false),
                    _ => Err(IgnoredWhy::NotAFlag),
                },
            };
            if let Err(why) = result {
                ignored.push(Ignored::new(param, value, why));
            }
        }
        match (colour, text) {
            (Some((c, _)), t) => o.colour = Some(Theme::from_colours(c, t.map(|(t, _)| t))),
            (None, Some((_, value))) => ignored.push(Ignored::new(
                "couleur-texte",
                value,
                IgnoredWhy::TextColourWithoutColour,
            )),
            (None, None) => {}
        }
        (o, ignored)
    }

    /// The options as parameters, in canonical order, defaults left out; [`from_params`]
    /// reads them back to these options.
    ///
    /// [`from_params`]: EmbedOptions::from_params
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut p: Vec<(&'static str, String)> = Vec::new();
        if let Some(t) = &self.territory {
            p.push(("territoire", t.to_param()));
        }
        if let Some(theme) = &self.colour {
            let (primary, text) = theme.asked();
            p.push(("couleur", primary.to_hex()));
            if let Some(text) = text {
                p.push(("couleur-texte", text.to_hex()));
            }
        }
        if let Some(l) = &self.logo {
            p.push(("logo", l.as_str().to_string()));
        }
        if let Some(n) = &self.name {
            p.push(("nom", n.as_str().to_string()));
        }
        if let Some(l) = self.lang {
            p.push(("lang", l.code().to_string()));
        }
        if !self.domains.is_empty() {
            let codes: Vec<&str> = self.domains.iter().map(|d| domain_code(*d)).collect();
            p.push(("domaines", codes.join(",")));
        }
        if let Some(c) = &self.catalogue {
            p.push(("catalogue", c.clone()));
        }
        if self.start != Start::Home {
            p.push(("depart", self.start.code().to_string()));
        }
        if self.framed {
            p.push(("cadre", "1".to_string()));
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(pairs: &[(&str, &str)]) -> (EmbedOptions, Vec<Ignored>) {
        EmbedOptions::from_params(pairs.iter().copied())
    }

    fn whys(ignored: &[Ignored]) -> Vec<(&'static str, IgnoredWhy)> {
        ignored.iter().map(|i| (i.param, i.why)).collect()
    }

    #[test]
    fn every_option_is_read_from_its_parameter() {
        let (o, ignored) = read(&[
            ("territoire", "dep:93"),
            ("couleur", "#005a9c"),
            ("logo", "https://ville.fr/logo.svg"),
            ("nom", "Le Grand Numérique"),
            ("lang", "facile"),
            ("domaines", "data-ia,cybersecurite"),
            ("catalogue", "/data/catalogue.json"),
            ("depart", "questionnaire"),
            ("cadre", "1"),
            ("utm_source", "newsletter"),
        ]);
        assert_eq!(ignored, []);
        assert_eq!(o.territory.unwrap().to_param(), "dep:93");
        assert_eq!(o.colour.unwrap().primary.to_hex(), "#005a9c");
        assert_eq!(o.logo.unwrap().as_str(), "https://ville.fr/logo.svg");
        assert_eq!(o.name.unwrap().as_str(), "Le Grand Numérique");
        assert_eq!(o.lang, Some(Lang::Facile));
        assert_eq!(o.domains, [Domain::DataIa, Domain::Cybersecurite]);
        assert_eq!(o.catalogue.as_deref(), Some("/data/catalogue.json"));
        assert_eq!(o.start, Start::Quiz);
        assert!(o.framed);
    }

    #[test]
    fn an_invalid_value_is_ignored_with_its_reason_and_the_rest_is_kept() {
        let (o, ignored) = read(&[
            ("territoire", "75001"),
            ("couleur", "rouge"),
            ("couleur-texte", "#000"),
            ("logo", "http://ville.fr/logo.png"),
            ("nom", "<script>"),
            ("lang", "de"),
            ("domaines", "data-ia,cuisine"),
            ("catalogue", "https://evil.example/c.json"),
            ("depart", "resultats"),
            ("cadre", "oui"),
            ("lang", "en"),
        ]);
        assert_eq!(
            whys(&ignored),
            [
                ("territoire", IgnoredWhy::Postcode),
                ("couleur", IgnoredWhy::NotAColour),
                ("logo", IgnoredWhy::NotHttps),
                ("nom", IgnoredWhy::Markup),
                ("lang", IgnoredWhy::UnknownLang),
                ("domaines", IgnoredWhy::UnknownDomain),
                ("catalogue", IgnoredWhy::NotSameOrigin),
                ("depart", IgnoredWhy::UnknownStart),
                ("cadre", IgnoredWhy::NotAFlag),
                ("lang", IgnoredWhy::Repeated),
                ("couleur-texte", IgnoredWhy::TextColourWithoutColour),
            ]
        );
        assert_eq!(ignored[5].value, "cuisine");
        assert_eq!(o.domains, [Domain::DataIa]);
        assert_eq!(
            EmbedOptions {
                domains: vec![],
                ..o
            },
            EmbedOptions::default()
        );
    }

    #[test]
    fn a_text_colour_goes_into_the_theme() {
        let (o, ignored) = read(&[("couleur-texte", "#000"), ("couleur", "#ffff00")]);
        assert_eq!(ignored, []);
        let theme = o.colour.unwrap();
        assert_eq!(theme.on_primary, Colour::new(0, 0, 0));
        assert_eq!(
            theme.asked(),
            (Colour::new(255, 255, 0), Some(Colour::new(0, 0, 0)))
        );
    }

    #[test]
    fn domain_codes_are_the_profile_s_serde_names() {
        for d in Domain::ALL {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json.trim_matches('"'), domain_code(d));
            assert_eq!(domain_of_code(&domain_code(d).to_uppercase()), Some(d));
        }
    }

    #[test]
    fn an_empty_value_is_ignored_as_empty() {
        let (_, ignored) = read(&[("territoire", " "), ("nom", ""), ("logo", "")]);
        assert_eq!(
            whys(&ignored),
            [
                ("territoire", IgnoredWhy::Empty),
                ("nom", IgnoredWhy::Empty),
                ("logo", IgnoredWhy::Empty)
            ]
        );
    }

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(NAMES.to_vec()).prop_map(str::to_string),
            ".{0,12}",
        ]
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            "(dep|com|DEP|epci)?:?[0-9AaBb, ]{0,20}",
            "#?[0-9a-fA-F]{0,7}",
            "(https?://)?[a-z@:/. ]{0,30}",
            "(fr|en|facile|de|accueil|questionnaire|1|0|data-ia,cybersecurite|/c\\.json)",
            "\\PC{0,40}",
            ".{0,40}",
        ]
    }

    fn options() -> impl Strategy<Value = EmbedOptions> {
        proptest::collection::vec((name(), value()), 0..12).prop_map(|pairs| {
            EmbedOptions::from_params(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()))).0
        })
    }

    proptest! {
        #[test]
        fn reading_any_parameters_never_panics(pairs in proptest::collection::vec((name(), value()), 0..16)) {
            let (o, ignored) = EmbedOptions::from_params(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
            prop_assert!(ignored.len() <= pairs.len() * 21);
            for i in &ignored {
                prop_assert!(!i.describe(Lang::Fr).is_empty());
            }
            let _ = o.to_params();
        }

        #[test]
        fn the_parameters_of_options_read_back_to_the_same_options(o in options()) {
            let params = o.to_params();
            let (back, ignored) = EmbedOptions::from_params(params.iter().map(|(n, v)| (*n, v.as_str())));
            prop_assert_eq!(ignored, vec![]);
            prop_assert_eq!(&back, &o);
            prop_assert_eq!(back.to_params(), params);
        }
    }
}
