//! The host's colours (`couleur=`, `couleur-texte=`), through the custom properties of
//! style/main.css. Only core's typed colours are written, as `#rrggbb`: never a raw parameter.

use aiguillage_core::embed::Theme;

/// Sets `--color-primary`, `--color-primary-hover` and `--color-on-primary` on `<html>`,
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
    ] {
        let _ = style.set_property(name, &colour.to_hex());
    }
}
