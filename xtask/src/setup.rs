//! Installs what the commands need, when it is missing: checked first, so running it twice
//! changes nothing. Each step says what it checks and what it does.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{cargo_bin_dir, output_of, repo_root, run, step, tool_path, which};

const TRUNK_VERSION: &str = "0.21.14";
const WASM_BINDGEN_VERSION: &str = "0.2.130";
const BINARYEN_NPM: &str = "binaryen@132.0.0";
/// Minifies wasm-bindgen's JS glue, which Trunk's `--minify` leaves as it is (its minifier fails
/// on the glue): 55,190 -> 24,760 B raw, 7,629 -> 5,882 B brotli (docs/performance.md).
pub const TERSER_NPM: &str = "terser@5.51.2";
const WASM_OPT_VERSION: &str = "version 132";
/// The nightly that builds the release wasm only (std rebuilt with `panic=immediate-abort`):
/// first load 289,463 -> 269,363 B brotli on the same commit (fbfb3a9), see docs/performance.md.
/// Native, browser and CLI builds stay on the machine's stable toolchain.
pub const RELEASE_TOOLCHAIN: &str = "nightly-2026-10-29";

/// Where the build tools are, once present.
pub struct Tools {
    /// The `trunk` binary.
    pub trunk: PathBuf,
}

/// The browser and its driver, once present.
pub struct Browser {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// Rust's wasm target, Trunk, wasm-bindgen and wasm-opt, at the pinned versions.
pub fn ensure_build_tools() -> Result<Tools, String> {
    ensure_wasm_target()?;
    let trunk = ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, &["--locked"])?;
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        WASM_BINDGEN_VERSION,
        &[],
    )?;
    ensure_wasm_opt()?;
    ensure_terser()?;
    ensure_release_toolchain()?;
    Ok(Tools { trunk })
}

/// The pinned nightly with `rust-src` (to rebuild std) and the wasm target, installed with rustup
/// when missing; then std's own dependencies are fetched, because Trunk builds `--offline`.
fn ensure_release_toolchain() -> Result<(), String> {
    let has = |what: &[&str], wanted: &str| {
        output_of("rustup", what).is_some_and(|out| out.lines().any(|l| l.trim() == wanted))
    };
    let components = [
        "component",
        "list",
        "--installed",
        "--toolchain",
        RELEASE_TOOLCHAIN,
    ];
    let targets = [
        "target",
        "list",
        "--installed",
        "--toolchain",
        RELEASE_TOOLCHAIN,
    ];
    if has(&components, "rust-src") && has(&targets, "wasm32-unknown-unknown") {
        step(&format!(
            "release toolchain {RELEASE_TOOLCHAIN} (rust-src, wasm32): present"
        ));
    } else {
        step(&format!(
            "release toolchain {RELEASE_TOOLCHAIN}: missing, installing with rustup (rust-src, wasm32 target)"
        ));
        run(Command::new("rustup").args([
            "toolchain",
            "install",
            RELEASE_TOOLCHAIN,
            "--profile",
            "minimal",
            "--component",
            "rust-src",
            "--target",
            "wasm32-unknown-unknown",
        ]))?;
    }
    step("fetching the crates std is rebuilt from (cargo fetch -Zbuild-std)");
    run(Command::new("cargo")
        .arg(format!("+{RELEASE_TOOLCHAIN}"))
        .args([
            "fetch",
            "-Zbuild-std=std,panic_abort",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .current_dir(repo_root())
        // rustup's proxy picks the toolchain from `+…`; an outer RUSTUP_TOOLCHAIN would win.
        .env_remove("RUSTUP_TOOLCHAIN"))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).ok_or(
        "rustup is not available: install Rust with rustup (https://rustup.rs), then run this again",
    )?;
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step("Rust target wasm32-unknown-unknown: present");
        return Ok(());
    }
    step("Rust target wasm32-unknown-unknown: missing, installing with rustup");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// rustfmt, for the formatting check of `cargo xtask test` (part of rustup's default profile;
/// added with rustup when a minimal install left it out).
pub fn ensure_rustfmt() -> Result<(), String> {
    if output_of("cargo", &["fmt", "--version"]).is_some() {
        step("rustfmt: present");
        return Ok(());
    }
    step("rustfmt: missing, installing with rustup");
    run(Command::new("rustup").args(["component", "add", "rustfmt"]))
}

/// Installs clippy with rustup when missing (a fresh machine's minimal profile has none).
pub fn ensure_clippy() -> Result<(), String> {
    if output_of("cargo", &["clippy", "--version"]).is_some() {
        step("clippy: present");
        return Ok(());
    }
    step("clippy: missing, installing with rustup");
    run(Command::new("rustup").args(["component", "add", "clippy"]))
}

/// Installs `krate` with `cargo install` unless `binary --version` already reports `version`.
fn ensure_cargo_tool(
    binary: &str,
    krate: &str,
    version: &str,
    extra: &[&str],
) -> Result<PathBuf, String> {
    let path = cargo_bin_dir().join(binary);
    let current = output_of(&path.to_string_lossy(), &["--version"]).unwrap_or_default();
    if current.split_whitespace().any(|word| word == version) {
        step(&format!("{binary} {version}: present"));
        return Ok(path);
    }
    let found = current.trim();
    step(&format!(
        "{binary} {version}: {}, installing with cargo install (a few minutes, once)",
        if found.is_empty() {
            "missing".to_string()
        } else {
            format!("found `{found}` instead")
        }
    ));
    run(Command::new("cargo")
        .args(["install", krate, "--version", version])
        .args(extra))?;
    Ok(path)
}

/// Binaryen's wasm-opt from npm, in the repo's ignored `tools/` folder (Debian's 108 corrupts
/// wasm-bindgen output).
fn ensure_wasm_opt() -> Result<(), String> {
    let tools = repo_root().join("tools");
    let wasm_opt = tools.join("node_modules/.bin/wasm-opt");
    let current = output_of(&wasm_opt.to_string_lossy(), &["--version"]).unwrap_or_default();
    if current.contains(WASM_OPT_VERSION) {
        step(&format!("wasm-opt ({BINARYEN_NPM}): present in tools/"));
        return Ok(());
    }
    require_node()?;
    step(&format!(
        "wasm-opt: missing, installing npm {BINARYEN_NPM} into tools/"
    ));
    std::fs::create_dir_all(&tools)
        .map_err(|e| format!("cannot create {}: {e}", tools.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&tools)
        .arg(BINARYEN_NPM))
}

/// terser, from npm into tools/ (like wasm-opt): the JS glue's minifier.
fn ensure_terser() -> Result<(), String> {
    let tools = repo_root().join("tools");
    let version = TERSER_NPM.rsplit('@').next().unwrap_or_default();
    let current = output_of(&terser_path().to_string_lossy(), &["--version"]).unwrap_or_default();
    if current.split_whitespace().any(|w| w == version) {
        step(&format!("terser ({TERSER_NPM}): present in tools/"));
        return Ok(());
    }
    require_node()?;
    step(&format!(
        "terser: missing, installing npm {TERSER_NPM} into tools/"
    ));
    std::fs::create_dir_all(&tools)
        .map_err(|e| format!("cannot create {}: {e}", tools.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&tools)
        .arg(TERSER_NPM))
}

/// The Python packages tests check our files with (issue 13: the importers' fixtures against the
/// real data·inclusion validator; issue 14: the `.ics` read by a real iCalendar parser), at
/// pinned versions, as `(name, version)`.
const TEST_PYTHON_PACKAGES: [(&str, &str); 2] =
    [("data-inclusion-schema", "1.0.10"), ("icalendar", "7.3.0")];

/// A Python with [`TEST_PYTHON_PACKAGES`], in a virtual environment under `tools/python`: `Some`
/// path to its interpreter, or `None` (said) when Python or the package index is missing — the
/// tests then say they are skipped rather than failing a machine without Python.
pub fn ensure_test_python() -> Option<PathBuf> {
    let venv = repo_root().join("tools/python");
    let python = venv.join("bin/python");
    let pins: Vec<String> = TEST_PYTHON_PACKAGES
        .iter()
        .map(|(name, version)| format!("{name}=={version}"))
        .collect();
    let check = |p: &Path| {
        TEST_PYTHON_PACKAGES.iter().all(|(name, version)| {
            output_of(
                &p.to_string_lossy(),
                &[
                    "-c",
                    &format!("import importlib.metadata as m; print(m.version('{name}'))"),
                ],
            )
            .is_some_and(|v| v.trim() == *version)
        })
    };
    let what = pins.join(", ");
    if check(&python) {
        step(&format!("{what}: present in tools/python"));
        return Some(python);
    }
    let Some(system) = which("python3") else {
        step("python3: missing, the data·inclusion fixtures and the .ics will not be checked by their real readers");
        return None;
    };
    step(&format!("{what}: missing, installing into tools/python"));
    let made = run(Command::new(system).args(["-m", "venv"]).arg(&venv)).and_then(|()| {
        run(Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .args(&pins))
    });
    match made {
        Ok(()) if check(&python) => Some(python),
        Ok(()) | Err(_) => {
            step(&format!(
                "could not install {what}: their tests will say they are skipped"
            ));
            None
        }
    }
}

/// The terser command installed by [`ensure_build_tools`].
pub fn terser_path() -> PathBuf {
    repo_root().join("tools/node_modules/.bin/terser")
}

/// Debian's Chromium and ChromeDriver (installed with apt when missing and running as root).
pub fn ensure_browser() -> Result<Browser, String> {
    if let Some(found) = find_browser() {
        step(&format!(
            "Chromium and ChromeDriver: present ({}, {})",
            found.chromium.display(),
            found.chromedriver.display()
        ));
        return Ok(found);
    }
    let is_root = output_of("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if !is_root || which("apt-get").is_none() {
        return Err(
            "Chromium and ChromeDriver are needed for the browser and end-to-end tests. \
             Install them (on Debian/Ubuntu: `sudo apt-get install chromium chromium-driver`), \
             then run this again."
                .into(),
        );
    }
    step("Chromium and ChromeDriver: missing, installing Debian packages chromium chromium-driver");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .env("DEBIAN_FRONTEND", "noninteractive")
        .args([
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ]))?;
    find_browser()
        .ok_or_else(|| "apt-get finished but chromium/chromedriver are still not on PATH".into())
}

fn find_browser() -> Option<Browser> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| which(name))?;
    let chromedriver = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| which("chromedriver"))?;
    Some(Browser {
        chromium,
        chromedriver,
    })
}

/// The end-to-end packages (Playwright, axe-core) from the committed lockfile.
pub fn ensure_e2e_packages() -> Result<(), String> {
    require_node()?;
    let e2e = repo_root().join("tests/e2e");
    let lock = e2e.join("package-lock.json");
    let installed = e2e.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(l), Ok(i)) => matches!((l.modified(), i.modified()), (Ok(l), Ok(i)) if i >= l),
        _ => false,
    };
    if fresh {
        step("end-to-end npm packages: present (tests/e2e/node_modules)");
        return Ok(());
    }
    step("end-to-end npm packages: installing with `npm ci` in tests/e2e");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&e2e)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

fn require_node() -> Result<(), String> {
    if which("node").is_some() && which("npm").is_some() {
        return Ok(());
    }
    Err(
        "Node.js and npm are needed (for wasm-opt and the end-to-end tests): install Node.js 20 \
         or later, then run this again."
            .into(),
    )
}

/// The PATH every build and test child process gets.
pub fn path_env() -> std::ffi::OsString {
    tool_path()
}
