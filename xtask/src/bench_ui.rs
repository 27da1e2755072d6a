//! `cargo xtask bench-ui` and `cargo xtask screenshot`: scripts of `tests/e2e/perf/` run in the
//! system Chromium against the release build served locally. Measurements are reported, never
//! asserted: they are not part of `cargo xtask test`.

use std::path::Path;
use std::process::Command;

use crate::setup::{self, path_env};
use crate::util::{repo_root, run, step};
use crate::{build, server};

/// Where the generated catalogue is served from, under `dist/`.
const BIG_CATALOGUE: &str = "bench/catalogue-100k.json";

/// Builds the release, writes the generated 100 000-session catalogue into `dist/bench/`, serves
/// `dist/` and runs `tests/e2e/perf/results-paint.js` (arguments such as `--runs 1` are passed on).
pub fn bench_ui(args: &[String]) -> Result<(), String> {
    let tools = setup::ensure_build_tools()?;
    setup::ensure_e2e_packages()?;
    let browser = setup::ensure_browser()?;
    build::release(&tools)?;
    let dist = repo_root().join("dist");
    let big = dist.join(BIG_CATALOGUE);
    step(&format!(
        "writing the generated catalogue (core's benchmark generator) to {}",
        big.display()
    ));
    if let Some(dir) = big.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    run(Command::new("cargo")
        .args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "aiguillage-core",
            "--example",
            "gen_catalogue",
            "--",
        ])
        .arg(&big)
        .env("PATH", path_env())
        .current_dir(repo_root()))?;
    let mut node_args = vec!["--big".to_string(), format!("/{BIG_CATALOGUE}")];
    node_args.extend(args.iter().cloned());
    let result = run_script(&dist, &browser.chromium, "results-paint.js", &node_args);
    // The generated file is not part of the app: never leave it in dist/.
    let _ = std::fs::remove_dir_all(dist.join("bench"));
    result
}

/// Builds the release, serves it and takes the README's screenshot (`docs/screenshot-resultats.png`).
pub fn screenshot() -> Result<(), String> {
    let tools = setup::ensure_build_tools()?;
    setup::ensure_e2e_packages()?;
    let browser = setup::ensure_browser()?;
    build::release(&tools)?;
    let out = repo_root().join("docs/screenshot-resultats.png");
    run_script(
        &repo_root().join("dist"),
        &browser.chromium,
        "screenshot.js",
        &[out.to_string_lossy().into_owned()],
    )
}

/// Serves `dist` on a free port and runs `node tests/e2e/perf/<script> <args>`.
fn run_script(dist: &Path, chromium: &Path, script: &str, args: &[String]) -> Result<(), String> {
    let running = server::spawn(dist, 0)?;
    step(&format!("serving dist/ at {}", running.base_url));
    let e2e = repo_root().join("tests/e2e");
    step(&format!("running tests/e2e/perf/{script}"));
    run(Command::new("node")
        .arg(format!("perf/{script}"))
        .args(args)
        .current_dir(&e2e)
        .env("BASE_URL", &running.base_url)
        .env("CHROMIUM_PATH", chromium)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}
