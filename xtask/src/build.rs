//! The release build of the web app with Trunk, into `dist/`.

use std::process::Command;

use crate::setup::{path_env, Tools, RELEASE_TOOLCHAIN};
use crate::util::{repo_root, run, step};

/// `trunk build --release`, with the pinned tools first on PATH so Trunk never downloads one.
pub fn release(tools: &Tools) -> Result<(), String> {
    step("building the release with Trunk into dist/");
    run(Command::new(&tools.trunk)
        .args(["build", "--release", "--offline", "--minify"])
        .current_dir(repo_root())
        .env("PATH", path_env())
        // Trunk reads NO_COLOR as a boolean flag and rejects the usual `1`: always set it.
        .env("NO_COLOR", "true")
        // The release wasm is built by the pinned nightly with std rebuilt for
        // `panic=immediate-abort` (the Leptos book's size recipe): no panic formatting or
        // unwinding code, -20.1 KB brotli (docs/performance.md). A panic then stops the app
        // without a console message; the boot watchdog still says what to do.
        // RUSTFLAGS replaces `.cargo/config.toml`'s target rustflags, so `erase_components` is
        // repeated here.
        .env("RUSTUP_TOOLCHAIN", RELEASE_TOOLCHAIN)
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env(
            "RUSTFLAGS",
            "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort",
        ))
}
