//! The host's colours (`couleur=`, `couleur-texte=`), through the custom properties of
//! style/main.css. Only core's typed colours are written, as `#rrggbb`: never a raw parameter.

use aiguillage_core::embed::Theme;

/// Sets `--color-primary`, `--color-primary-hover`, `--color-on-primary`, `--color-link` and
/// `--color-link-hover` on `<html>`,
/// through the CSSOM (`style.setProperty`): the Content-Security-Policy (`style-src` without
/// `'unsafe-inline'`) refuses a `style` attribute written with `setAttribute`, and the colours
/// were then never applied (measured: csp.spec.js, one `style-src-attr` violation per framed page).
pub fn apply(theme: &Theme) {
    use wasm_bindgen::JsCast;
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, colour) in [
        ("--color-primary", theme.primary),
        ("--color-primary-hover", theme.hover),
        ("--color-on-primary", theme.on_primary),
        ("--color-link", theme.link),
        ("--color-link-hover", theme.link_hover),
    ] {
        let _ = style.set_property(name, &colour.to_hex());
    }
}

#[cfg(test)]
mod tests {
    use aiguillage_core::embed::theme::LINK_BACKGROUNDS;
    use aiguillage_core::embed::{Colour, Theme};

    /// The value style/main.css gives `name` in `:root` (`  --color-bg: #ffffff;`).
    fn root_value(css: &str, name: &str) -> Option<Colour> {
        css.lines()
            .filter_map(|l| l.trim().strip_prefix(name)?.strip_prefix(':'))
            .map(|v| v.trim().trim_end_matches(';'))
            .find_map(|v| Colour::parse(v).ok())
    }

    #[test]
    fn the_link_backgrounds_core_checks_are_those_the_stylesheet_declares() {
        let css = include_str!("../../style/main.css");
        for (name, colour) in LINK_BACKGROUNDS {
            assert_eq!(root_value(css, name), Some(colour), "{name}");
        }
        // The default link colours are the theme of the default primary colour.
        let primary = root_value(css, "--color-primary").unwrap();
        let t = Theme::from_colours(primary, None);
        assert_eq!(root_value(css, "--color-link"), Some(t.link));
        assert_eq!(root_value(css, "--color-link-hover"), Some(t.link_hover));
    }

    #[test]
    fn a_background_missing_from_the_stylesheet_is_seen() {
        assert_eq!(
            root_value(":root {\n  --color-bg: #ffffff;\n}", "--color-surface"),
            None
        );
    }
}
