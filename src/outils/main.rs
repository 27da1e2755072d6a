//! The webmasters' configurator (`/integrer`): a second wasm bundle (`outils.html`), so that the
//! jobseeker's first load never carries it. It sets the embedding options, previews the framed
//! app and writes the snippets; every rule (what a parameter accepts, the contrast, the
//! snippets) is core's (`aiguillage_core::embed`), this crate only renders them.

// Tests never ship: the size rules of clippy.toml (one compiled sort, Latin-only case) are for the wasm.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

mod colour;
mod copy;
mod en;
mod form;
mod fr;
mod page;
mod presets;
mod preview;
mod territory;
mod texts;

fn main() {
    // The release wasm is built with `-Cpanic=immediate-abort` (xtask/src/build.rs): a panic stops
    // at once and never calls a hook, so the hook is installed in debug builds only (it was dead
    // code in every visitor's download).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(page::Outils);
}
