//! The release build of the web app with Trunk, into `dist/`.

use std::process::Command;

use crate::setup::{path_env, Tools};
use crate::util::{repo_root, run, step};

/// `trunk build --release`, with the pinned tools first on PATH so Trunk never downloads one.
pub fn release(tools: &Tools) -> Result<(), String> {
    step("building the release with Trunk into dist/");
    run(Command::new(&tools.trunk)
        .args(["build", "--release", "--offline", "--minify"])
        .current_dir(repo_root())
        .env("PATH", path_env())
        // Trunk reads NO_COLOR as a boolean flag and rejects the usual `1`: always set it.
        .env("NO_COLOR", "true"))
}
