//! `cargo xtask test`: every test level, in order, then one summary line over all of them.
//!
//! Levels: native (`cargo test --workspace`), browser (wasm-bindgen-test in headless Chromium),
//! bundle size (budgets), end-to-end (Playwright + axe-core against the release build).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::setup::{self, path_env, Browser};
use crate::tally::{self, Tally};
use crate::util::{describe, repo_root, step};
use crate::{build, server, size};

/// Chromium flags for this closed network: without them it stalls on background connections.
pub const CHROMIUM_ARGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// The levels, in the order they run.
const LEVELS: [&str; 4] = ["native", "browser", "size", "e2e"];

/// Runs every level (or only those named in `only`); `Err` when any test failed or a level could
/// not run.
pub fn run(only: &[String]) -> Result<(), String> {
    if let Some(unknown) = only.iter().find(|l| !LEVELS.contains(&l.as_str())) {
        return Err(format!(
            "unknown test level `{unknown}`: choose among {}",
            LEVELS.join(", ")
        ));
    }
    let wanted = |level: &str| only.is_empty() || only.iter().any(|l| l == level);
    let tools = setup::ensure_build_tools()?;
    let browser = setup::ensure_browser()?;
    setup::ensure_e2e_packages()?;

    let mut total = Tally::default();
    let mut problems: Vec<String> = Vec::new();
    let mut record = |level: &str, result: Result<Tally, String>| match result {
        Ok(t) => {
            step(&format!("{level}: {}", t.summary()));
            if t.failed > 0 {
                problems.push(format!("{level}: {} failed", t.failed));
            }
            total.add(t);
        }
        Err(message) => {
            step(&format!("{level}: could not run: {message}"));
            problems.push(format!("{level}: {message}"));
            total.add(Tally {
                failed: 1,
                ..Tally::default()
            });
        }
    };

    if wanted("native") {
        // Formatting is checked here, so that CI refuses unformatted code as any other failure.
        setup::ensure_rustfmt()?;
        step("native: formatting (cargo fmt --all -- --check)");
        record(
            "formatting",
            pass_fail(Command::new("cargo").args(["fmt", "--all", "--", "--check"])),
        );
        // Lints, warnings as errors: clippy.toml's disallowed methods keep the wasm's size rules
        // (one compiled sort, Latin-only case mapping) enforced rather than remembered.
        setup::ensure_clippy()?;
        step("native: lints (cargo clippy --workspace --all-targets -- -D warnings)");
        record(
            "lints",
            pass_fail(Command::new("cargo").args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])),
        );
        step("level 1/4 — native tests: cargo test --workspace");
        record("native", libtest_level(&mut native_tests()));
        // Benchmarks are measured by hand (`cargo bench`), never timed in tests: here they only
        // have to compile.
        step("native: benchmarks compile (cargo bench --workspace --no-run)");
        record(
            "benchmarks compile",
            compile_check(Command::new("cargo").args(["bench", "--workspace", "--no-run"])),
        );
    }
    if wanted("browser") {
        step("level 2/4 — browser tests: wasm-bindgen-test in headless Chromium");
        record("browser", browser_level(&browser));
    }
    if wanted("size") || wanted("e2e") {
        let built = build::release(&tools);
        let dist = repo_root().join("dist");
        if wanted("size") {
            step("level 3/4 — release build and bundle size budgets");
            let report = built.clone().and_then(|()| size::report(&dist));
            record(
                "size",
                report.map(|_| Tally {
                    passed: 1,
                    ..Tally::default()
                }),
            );
        }
        if wanted("e2e") {
            step("level 4/4 — end-to-end tests: Playwright + axe-core on the release build");
            record(
                "end-to-end",
                built.and_then(|()| e2e_level(&browser, &dist)),
            );
        }
    }

    println!();
    println!("{}", total.summary());
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("some tests failed:\n  {}", problems.join("\n  ")))
    }
}

/// Runs a libtest-style command, echoing its output, and counts its summary lines.
/// `cargo test --workspace`, with the Python that holds the data·inclusion schema package and
/// `icalendar` when they could be installed (the importers' fixtures and the `.ics` are checked
/// by their real readers).
fn native_tests() -> Command {
    let mut cargo = Command::new("cargo");
    cargo.args(["test", "--workspace"]);
    if let Some(python) = crate::setup::ensure_test_python() {
        cargo.env("AIGUILLAGE_PYTHON", python);
    }
    cargo
}

fn libtest_level(command: &mut Command) -> Result<Tally, String> {
    command.env("PATH", path_env()).current_dir(repo_root());
    let (ok, output) = run_teed(command)?;
    match tally::from_libtest(&output) {
        Some(t) if ok || t.failed > 0 => Ok(t),
        Some(_) => Err(format!("`{}` failed outside the tests", describe(command))),
        None => Err(format!(
            "`{}` printed no test result (did it compile?)",
            describe(command)
        )),
    }
}

/// A command that must succeed, counted as one check.
fn compile_check(command: &mut Command) -> Result<Tally, String> {
    crate::util::run(command.env("PATH", path_env()).current_dir(repo_root()))?;
    Ok(Tally {
        passed: 1,
        ..Tally::default()
    })
}

/// A check that passes or fails as a whole (its exit status); its output is shown as it runs.
fn pass_fail(command: &mut Command) -> Result<Tally, String> {
    let status = command
        .env("PATH", path_env())
        .current_dir(repo_root())
        .status()
        .map_err(|e| format!("could not start {}: {e}", describe(command)))?;
    Ok(if status.success() {
        Tally {
            passed: 1,
            ..Tally::default()
        }
    } else {
        Tally {
            failed: 1,
            ..Tally::default()
        }
    })
}

fn browser_level(browser: &Browser) -> Result<Tally, String> {
    // wasm-bindgen-test-runner reads Chromium's options from this file.
    let capabilities = serde_json::json!({
        "goog:chromeOptions": {
            "binary": browser.chromium,
            "args": CHROMIUM_ARGS,
        }
    });
    let dir = std::env::temp_dir().join(format!("aiguillage-xtask-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let webdriver_json = dir.join("webdriver.json");
    std::fs::write(&webdriver_json, capabilities.to_string()).map_err(|e| e.to_string())?;
    libtest_level(
        Command::new("cargo")
            .args([
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "aiguillage",
                "--test",
                "browser",
            ])
            .env("CHROMEDRIVER", &browser.chromedriver)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "180"),
    )
}

fn e2e_level(browser: &Browser, dist: &Path) -> Result<Tally, String> {
    let running = server::spawn(dist, 0)?;
    step(&format!("serving dist/ at {}", running.base_url));
    let e2e = repo_root().join("tests/e2e");
    let report = e2e.join("test-results/results.json");
    let _ = std::fs::remove_file(&report);
    let mut command = Command::new("node");
    command
        .args([
            "node_modules/@playwright/test/cli.js",
            "test",
            "--reporter=list,json",
        ])
        .current_dir(&e2e)
        .env("BASE_URL", &running.base_url)
        .env("CHROMIUM_PATH", &browser.chromium)
        .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &report)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    let (ok, _) = run_teed(&mut command)?;
    let json = std::fs::read_to_string(&report)
        .map_err(|e| format!("Playwright wrote no report at {}: {e}", report.display()))?;
    let tally = tally::from_playwright_json(&json).ok_or("Playwright's report has no stats")?;
    // A spec that does not even load (a syntax error) fails the run with no test counted: that is
    // a failure, never "0 passed, 0 failed".
    if !ok && tally.failed == 0 {
        return Err("Playwright failed before any test failed (a spec that does not load?)".into());
    }
    if tally.passed + tally.failed == 0 {
        return Err("Playwright ran no test".into());
    }
    Ok(tally)
}

/// Runs `command`, copying its stdout to ours line by line, and returns (success, stdout).
fn run_teed(command: &mut Command) -> Result<(bool, String), String> {
    let shown = describe(command);
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    let mut captured = String::new();
    if let Some(stdout) = child.stdout.take() {
        let mut out = std::io::stdout();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = writeln!(out, "{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{shown}` did not finish: {e}"))?;
    Ok((status.success(), captured))
}
