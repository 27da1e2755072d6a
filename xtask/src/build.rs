//! The release build of the web app with Trunk, into `dist/`: the jobseeker's app, then the
//! webmasters' configurator (`outils.html`, the `outils` binary) into `dist/integrer/`, then the
//! Content-Security-Policy of both pages (`csp`), then the check page (`verifier.html`) into
//! `dist/verifier/` with its own.

use std::path::Path;
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::setup::{path_env, terser_path, Tools, RELEASE_TOOLCHAIN};
use crate::short_names;
use crate::util::{repo_root, run, step};

/// `trunk build --release` twice, with the pinned tools first on PATH so Trunk never downloads
/// one: the app into `dist/`, then the configurator into `dist/integrer/` (second, because
/// Trunk empties its dist directory first; the main build is the same as before). Each glue is
/// minified, then each page gets its CSP, whose hashes name the final inline scripts.
pub fn release(tools: &Tools) -> Result<(), String> {
    let dist = repo_root().join("dist");
    step("building the release with Trunk into dist/");
    run(&mut trunk_release(tools, &[], &[]))?;
    minify_glue(&dist, "aiguillage-")?;
    step("building the configurator (outils.html) with Trunk into dist/integrer/");
    run(&mut trunk_release(
        tools,
        &["outils.html"],
        &["--dist", "dist/integrer", "--public-url", "/integrer/"],
    ))?;
    let outils = dist.join("integrer");
    minify_glue(&outils, "outils-")?;
    crate::csp::write_meta(&dist.join("index.html"))?;
    crate::csp::write_meta(&outils.join("index.html"))?;
    verifier(tools, &dist)
}

/// The check page for webmasters (`verifier.html`, the `verifier` binary) into
/// `dist/verifier/`, last (Trunk empties its dist directory first), with its glue minified and
/// its CSP, whose `connect-src` also allows https addresses: the page fetches the one typed.
fn verifier(tools: &Tools, dist: &Path) -> Result<(), String> {
    step("building the check page (verifier.html) with Trunk into dist/verifier/");
    run(&mut trunk_release(
        tools,
        &["verifier.html"],
        &["--dist", "dist/verifier", "--public-url", "/verifier/"],
    ))?;
    let verifier = dist.join("verifier");
    minify_glue(&verifier, "verifier-")?;
    crate::csp::write_meta_connecting(&verifier.join("index.html"), crate::csp::SELF_AND_HTTPS)
}

/// The release `trunk build` command, for `target` (none: Trunk.toml's `index.html`), with
/// `extra` options (dist, public URL). The target comes first: `--minify` takes an optional
/// value and would read it.
fn trunk_release(tools: &Tools, target: &[&str], extra: &[&str]) -> Command {
    let mut command = Command::new(&tools.trunk);
    command
        .arg("build")
        .args(target)
        .args(["--release", "--offline", "--minify"])
        .args(extra)
        .current_dir(repo_root())
        .env("PATH", path_env())
        // Trunk reads NO_COLOR as a boolean flag and rejects the usual `1`: always set it.
        .env("NO_COLOR", "true")
        // The release wasm is built by the pinned nightly with std rebuilt for
        // `panic=immediate-abort` (the Leptos book's size recipe): no panic formatting or
        // unwinding code, -20.1 KB brotli (docs/performance.md). A panic then stops the app
        // without a console message; the boot watchdog still says what to do.
        // RUSTFLAGS replaces `.cargo/config.toml`'s target rustflags, so `erase_components` is
        // repeated here. `-Zfmt-debug=none -Zlocation-detail=none` (min-sized-rust): derived
        // `Debug` prints nothing and `{:?}` has no effect, no file/line strings: wasm 277,841 ->
        // 275,002 B brotli on the issue-11 merge (docs/performance.md). Nothing a person reads
        // uses `{:?}`: only developer-facing error `Display`s do (serde's "string \"x\"", the
        // profile decoder's), and the app shows typed messages, never those texts.
        .env("RUSTUP_TOOLCHAIN", RELEASE_TOOLCHAIN)
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        // std's own size switch (`core`/`alloc` with `optimize_for_size`: smaller sorts, integer
        // formatting and string searches): wasm 289,409 -> 287,736 B brotli on `next` 3b401c5
        // (docs/performance.md, 2026-12-01 evening). It replaces std's default build features,
        // which are for unwinding and for other targets' CPU detection.
        .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
        .env(
            "RUSTFLAGS",
            "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none",
        );
    command
}

/// Minifies wasm-bindgen's JS glue (`<prefix>*.js`) in place with terser, shortens the names the
/// glue and the wasm call each other by (`short_names`), then writes both files' new integrity
/// hashes into the page (Trunk computed them for its own output; a stale hash stops the app). The
/// files keep Trunk's hashed names: each still names one content.
fn minify_glue(dist: &Path, prefix: &str) -> Result<(), String> {
    let html_path = dist.join("index.html");
    let mut html = std::fs::read_to_string(&html_path)
        .map_err(|e| format!("cannot read {}: {e}", html_path.display()))?;
    let glue = glue_name(&html, prefix).ok_or_else(|| {
        format!(
            "{} names no wasm-bindgen glue ({prefix}*.js)",
            html_path.display()
        )
    })?;
    let wasm_name = glue.replace(".js", "_bg.wasm");
    let (glue_path, wasm_path) = (dist.join(&glue), dist.join(&wasm_name));
    let glue_before = sri(&glue_path)?;
    let wasm_before = sri(&wasm_path)?;
    step(&format!("minifying {glue} with terser"));
    run(Command::new(terser_path())
        .arg(&glue_path)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(&glue_path)
        .env("PATH", path_env()))?;
    let js = std::fs::read_to_string(&glue_path)
        .map_err(|e| format!("cannot read {}: {e}", glue_path.display()))?;
    let wasm = std::fs::read(&wasm_path)
        .map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    // wasm-bindgen names the glue module after the binary: `./aiguillage_bg.js`, `./outils_bg.js`.
    let module = format!("./{}_bg.js", prefix.trim_end_matches('-'));
    let renamed = short_names::shorten(&wasm, &js, &module)?;
    step(&format!(
        "shortened {} import and {} export names of {wasm_name} and its glue",
        renamed.imports, renamed.exports
    ));
    std::fs::write(&glue_path, renamed.js)
        .map_err(|e| format!("cannot write {}: {e}", glue_path.display()))?;
    std::fs::write(&wasm_path, renamed.wasm)
        .map_err(|e| format!("cannot write {}: {e}", wasm_path.display()))?;
    for (before, path) in [(glue_before, &glue_path), (wasm_before, &wasm_path)] {
        if !html.contains(&before) {
            return Err(format!(
                "index.html has no integrity {before} for {}",
                path.display()
            ));
        }
        html = html.replace(&before, &sri(path)?);
    }
    std::fs::write(&html_path, html)
        .map_err(|e| format!("cannot write {}: {e}", html_path.display()))
}

/// The glue's file name in `index.html`: `<prefix><hash>.js` (`aiguillage-`, `outils-`).
fn glue_name(html: &str, prefix: &str) -> Option<String> {
    html.match_indices(prefix).find_map(|(at, _)| {
        let rest = &html[at..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))?;
        let name = &rest[..end];
        name.ends_with(".js").then(|| name.to_string())
    })
}

/// The subresource-integrity value of a file: `sha384-<base64>`.
fn sri(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&bytes))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_is_found_in_trunks_index_and_the_wasm_is_not_taken_for_it() {
        let html = r#"<link href=/aiguillage-4315988b5142478e_bg.wasm rel=preload><link crossorigin href=/aiguillage-4315988b5142478e.js integrity=sha384-x rel=modulepreload>"#;
        assert_eq!(
            glue_name(html, "aiguillage-").as_deref(),
            Some("aiguillage-4315988b5142478e.js")
        );
        assert_eq!(glue_name("<p>aiguillage-</p>", "aiguillage-"), None);
        let outils = r#"<link href=/integrer/outils-0a1b_bg.wasm rel=preload><link href=/integrer/outils-0a1b.js rel=modulepreload>"#;
        assert_eq!(
            glue_name(outils, "outils-").as_deref(),
            Some("outils-0a1b.js")
        );
    }
}
