//! The webmasters' check page (`/verifier`): a third wasm bundle (`verifier.html`), so that the
//! jobseeker's first load never carries it. A catalogue given by its address or as a file is
//! read by core as the app reads a feed; the page shows the counts, every issue, what three
//! sample people would get, and offers the report. Nothing leaves the browser.

// Tests never ship: the size rules of clippy.toml (one compiled sort, Latin-only case) are for the wasm.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

mod address;
mod check;
mod download;
mod en;
mod facile;
mod fetch;
mod fr;
mod page;
mod report;
mod texts;
mod words;

fn main() {
    // The release wasm is built with `-Cpanic=immediate-abort` (xtask/src/build.rs): the hook
    // would never run there, so it is installed in debug builds only.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(page::Verifier);
}
