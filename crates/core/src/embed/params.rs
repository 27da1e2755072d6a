//! The one table of embedding parameters: `docs/embedding.md` and the configurator are
//! checked against it, so a parameter cannot be added without its documentation.

/// One parameter, documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamDoc {
    /// The name, the same for `data-<name>` and `?<name>=`.
    pub name: &'static str,
    /// What it does.
    pub what: &'static str,
    /// The values accepted.
    pub values: &'static str,
    /// An example value.
    pub example: &'static str,
}

/// Every parameter, in canonical order (that of `EmbedOptions::to_params`).
pub const PARAMS: &[ParamDoc] = &[
    ParamDoc {
        name: "territoire",
        what: "The guichet's territory: the location question suggests its communes first, results show its offer first, then remote courses, then courses farther away when it has too little.",
        values: "`dep:` and department codes (`dep:93`, `dep:59,62`, `2A`, `971`), or `com:` and INSEE commune codes (`com:54547,54395`); never postcodes; at most 30 departments or 300 communes",
        example: "dep:93",
    },
    ParamDoc {
        name: "couleur",
        what: "The primary colour (buttons, links). A colour that fails WCAG AA (4.5:1) with its text colour or as link text on white is darkened, keeping its hue, until it passes.",
        values: "a hex colour `#rrggbb` or `#rgb` (the `#` may be left out)",
        example: "#005a9c",
    },
    ParamDoc {
        name: "couleur-texte",
        what: "The text colour on the primary colour (white by default); replaced by white when no shade of the primary colour passes with it.",
        values: "a hex colour; only with `couleur`",
        example: "#ffffff",
    },
    ParamDoc {
        name: "logo",
        what: "The host's logo in the compact header, shown as an image only.",
        values: "an `https://` address, at most 2048 characters, without user name, password or spaces",
        example: "https://www.example.fr/logo.svg",
    },
    ParamDoc {
        name: "nom",
        what: "The host's name, in the header and the results heading (plain text, never HTML).",
        values: "1 to 80 characters, no control character, `<` or `>`",
        example: "Vandœuvre-lès-Nancy",
    },
    ParamDoc {
        name: "lang",
        what: "The language the app opens in (the person can still change it).",
        values: "`fr`, `en`, `facile` (easy-to-read French)",
        example: "fr",
    },
    ParamDoc {
        name: "domaines",
        what: "Interests preselected in the questionnaire.",
        values: "a comma list of `developpement-web-mobile`, `data-ia`, `cybersecurite`, `reseaux-systemes-cloud`, `support-maintenance`, `design-ux-ui`, `jeux-video3d`, `marketing-communication`, `mediation-numerique`, `bases-numerique`",
        example: "mediation-numerique,bases-numerique",
    },
    ParamDoc {
        name: "catalogue",
        what: "Another catalogue file, on Aiguillage's own site only (a host's own feed will come through the script).",
        values: "a path starting with one `/` and ending with `.json`",
        example: "/data/catalogue.json",
    },
    ParamDoc {
        name: "depart",
        what: "Where the app opens.",
        values: "`accueil` (the home page, default) or `questionnaire` (the first question)",
        example: "questionnaire",
    },
    ParamDoc {
        name: "cadre",
        what: "Forces framed mode (the configurator's preview); otherwise the app detects a frame by itself.",
        values: "`1` or `0`",
        example: "1",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::EmbedOptions;

    #[test]
    fn every_example_is_accepted_and_every_parameter_is_read() {
        for p in PARAMS {
            let pairs = [("couleur", "#005a9c"), (p.name, p.example)];
            let first = if p.name == "couleur" { 1 } else { 0 };
            let (o, ignored) = EmbedOptions::from_params(pairs[first..].iter().copied());
            assert_eq!(ignored, [], "{}", p.name);
            assert_ne!(o, EmbedOptions::default(), "{}", p.name);
        }
    }

    #[test]
    fn the_table_lists_the_parameters_in_the_order_options_write_them() {
        let pairs: Vec<(&str, &str)> = PARAMS
            .iter()
            .map(|p| match p.name {
                "couleur" => (p.name, "#ffd700"),
                "couleur-texte" => (p.name, "#000000"),
                _ => (p.name, p.example),
            })
            .collect();
        let (o, ignored) = EmbedOptions::from_params(pairs.iter().copied());
        assert_eq!(ignored, []);
        let names: Vec<&str> = o.to_params().iter().map(|(n, _)| *n).collect();
        let table: Vec<&str> = PARAMS.iter().map(|p| p.name).collect();
        assert_eq!(names, table);
    }
}
