//! The configurator's own strings: a struct of fields, one table per language (`fr.rs`, `en.rs`),
//! so that the compiler refuses a language that misses one. Apart from the app's tables
//! (`src/i18n`): the jobseeker's wasm never carries them. `{name}` marks are filled by
//! [`fill`].

/// Every string of the configurator page.
pub struct Texts {
    pub page_title: &'static str,
    pub intro: &'static str,
    pub ui_lang: &'static str,
    pub back: &'static str,
    pub presets_title: &'static str,
    pub presets_hint: &'static str,
    pub settings_title: &'static str,
    pub territory_legend: &'static str,
    pub territory_hint: &'static str,
    pub department_label: &'static str,
    pub department_pick: &'static str,
    pub whole_france: &'static str,
    pub commune_label: &'static str,
    pub commune_hint: &'static str,
    pub commune_searching: &'static str,
    pub commune_none: &'static str,
    pub commune_failed: &'static str,
    pub chosen: &'static str,
    /// `{name}`: the department or commune.
    pub remove: &'static str,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub logo_label: &'static str,
    pub logo_hint: &'static str,
    pub colour_legend: &'static str,
    pub colour_picker: &'static str,
    pub colour_hex: &'static str,
    pub text_colour_legend: &'static str,
    pub text_colour_picker: &'static str,
    pub text_colour_hex: &'static str,
    pub colour_default: &'static str,
    pub colour_invalid: &'static str,
    /// `{ratio}`: the contrast ratio (`7,2`).
    pub contrast_ok: &'static str,
    /// `{asked}`, `{used}`: hex colours; `{ratio}`, `{before}`: contrast ratios.
    pub contrast_adjusted: &'static str,
    pub text_refused: &'static str,
    pub default_colours: &'static str,
    pub lang_label: &'static str,
    pub lang_any: &'static str,
    pub domains_legend: &'static str,
    pub domains_hint: &'static str,
    pub start_legend: &'static str,
    pub start_home: &'static str,
    pub start_quiz: &'static str,
    /// `{count}`: how many settings the app would ignore.
    pub ignored: &'static str,
    pub preview_title: &'static str,
    pub preview_width: &'static str,
    pub preview_phone: &'static str,
    pub preview_desktop: &'static str,
    pub preview_frame: &'static str,
    pub snippets_title: &'static str,
    pub script_label: &'static str,
    pub iframe_label: &'static str,
    pub copy_script: &'static str,
    pub copy_iframe: &'static str,
    pub copied: &'static str,
    pub copy_selected: &'static str,
    pub cms_title: &'static str,
    pub cms_wordpress: &'static str,
    pub cms_drupal: &'static str,
    pub cms_spip: &'static str,
    pub cms_joomla: &'static str,
    pub csp_note: &'static str,
    // --- verifier ---
    /// Link to the check page (`/verifier`, a page of its own).
    pub verify_link: &'static str,
}

/// `template` with each `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_is_filled_and_other_text_is_kept() {
        assert_eq!(
            fill(
                "de {asked} en {used} ({asked})",
                &[("asked", "#ff0"), ("used", "#770")]
            ),
            "de #ff0 en #770 (#ff0)"
        );
        assert_eq!(fill("rien", &[("x", "y")]), "rien");
    }

    #[test]
    fn both_languages_fill_the_same_marks() {
        let marks = |t: &Texts| {
            [t.remove, t.contrast_ok, t.contrast_adjusted, t.ignored].map(|s| {
                let mut found: Vec<&str> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split('}').next())
                    .collect();
                found.sort_unstable();
                found
            })
        };
        assert_eq!(marks(&super::super::fr::FR), marks(&super::super::en::EN));
    }
}
