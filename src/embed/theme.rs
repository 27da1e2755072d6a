//! The host's colours (`couleur=`, `couleur-texte=`), through the custom properties of
//! style/main.css. Only core's typed colours are written, as `#rrggbb`: never a raw parameter.

use aiguillage_core::embed::Theme;

/// Sets `--color-primary`, `--color-primary-hover` and `--color-on-primary` on `<html>`.
pub fn apply(theme: &Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let style = format!(
        "--color-primary:{};--color-primary-hover:{};--color-on-primary:{}",
        theme.primary.to_hex(),
        theme.hover.to_hex(),
        theme.on_primary.to_hex()
    );
    let _ = root.set_attribute("style", &style);
}
