//! The bundle report: raw and brotli (quality 11) size of every file in `dist/`, the first-load
//! transfer of the app (HTML + JS + wasm + CSS) and the data files, checked against the budgets.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::budgets;

/// One file of the build.
struct Entry {
    path: String,
    raw: u64,
    brotli: u64,
}

/// Prints the report; `Err` when a budget is exceeded. Its last stdout line is
/// `first_load_brotli_bytes: N`.
pub fn report(dist: &Path) -> Result<u64, String> {
    let mut files = Vec::new();
    collect(dist, &mut files).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    files.sort();
    let mut entries = Vec::with_capacity(files.len());
    for file in &files {
        let bytes =
            std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let path = file
            .strip_prefix(dist)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        entries.push(Entry {
            path,
            raw: bytes.len() as u64,
            brotli: brotli_size(&bytes)?,
        });
    }

    let (verifier, entries_but_verifier): (Vec<&Entry>, Vec<&Entry>) =
        entries.iter().partition(|e| is_verifier(&e.path));
    let (outils, app): (Vec<&Entry>, Vec<&Entry>) = entries_but_verifier
        .into_iter()
        .partition(|e| is_outils(&e.path));
    let (first_load, rest): (Vec<&Entry>, Vec<&Entry>) =
        app.into_iter().partition(|e| is_first_load(&e.path));
    let (data, other): (Vec<&Entry>, Vec<&Entry>) =
        rest.into_iter().partition(|e| e.path.starts_with("data/"));

    println!("Bundle report for {} (brotli quality 11)", dist.display());
    print_group("first load (HTML + JS + wasm + CSS)", &first_load, true);
    print_group("data files (fetched when needed)", &data, data.len() <= 12);
    let (communes, catalogue): (Vec<&Entry>, Vec<&Entry>) = data
        .iter()
        .partition(|e| e.path.starts_with("data/communes/"));
    let (names, departments): (Vec<&Entry>, Vec<&Entry>) =
        communes.into_iter().partition(|e| is_name_index(&e.path));
    print_total(
        "  of which communes by department (shards and index)",
        &departments,
    );
    print_total("  of which communes by name (noms/)", &names);
    let name_shards: Vec<&Entry> = names
        .iter()
        .copied()
        .filter(|e| !e.path.ends_with("/index.json"))
        .collect();
    if let Some(line) = shard_sizes(&name_shards) {
        println!("    {line}");
    }
    print_total("  of which catalogue and other data", &catalogue);
    if !other.is_empty() {
        print_group("other files", &other, true);
    }
    print_group("outils (/integrer), not in the first load", &outils, true);
    let outils_brotli: u64 = outils.iter().map(|e| e.brotli).sum();
    let outils_budget = budgets::OUTILS_BROTLI_BYTES;
    let outils_over = outils_brotli > outils_budget;
    println!(
        "budget: outils {outils_brotli} B brotli, {} the budget of {outils_budget} B",
        if outils_over { "OVER" } else { "within" }
    );
    print_group(
        "verifier (/verifier), not in the first load",
        &verifier,
        true,
    );
    let verifier_brotli: u64 = verifier.iter().map(|e| e.brotli).sum();
    let verifier_budget = budgets::VERIFIER_BROTLI_BYTES;
    let verifier_over = verifier_brotli > verifier_budget;
    println!(
        "budget: verifier {verifier_brotli} B brotli, {} the budget of {verifier_budget} B",
        if verifier_over { "OVER" } else { "within" }
    );
    let first_load_brotli: u64 = first_load.iter().map(|e| e.brotli).sum();
    let budget = budgets::FIRST_LOAD_BROTLI_BYTES;
    let verdict = if first_load_brotli <= budget {
        "within"
    } else {
        "OVER"
    };
    println!("budget: first load {first_load_brotli} B brotli, {verdict} the budget of {budget} B");
    println!("first_load_brotli_bytes: {first_load_brotli}");
    let _ = std::io::stdout().flush();
    // Both budgets are reported before either fails the run.
    let embed = embed_script(&entries);
    if first_load_brotli > budget {
        return Err(format!(
            "first load is {first_load_brotli} B brotli, over the budget of {budget} B (xtask/src/budgets.rs)"
        ));
    }
    if outils_over {
        return Err(format!(
            "outils (/integrer) is {outils_brotli} B brotli, over the budget of {outils_budget} B (xtask/src/budgets.rs)"
        ));
    }
    if verifier_over {
        return Err(format!(
            "verifier (/verifier) is {verifier_brotli} B brotli, over the budget of {verifier_budget} B (xtask/src/budgets.rs)"
        ));
    }
    embed?;
    Ok(first_load_brotli)
}

fn print_total(title: &str, entries: &[&Entry]) {
    let raw: u64 = entries.iter().map(|e| e.raw).sum();
    let brotli: u64 = entries.iter().map(|e| e.brotli).sum();
    println!(
        "{title}: {} files, {raw} B raw, {brotli} B brotli",
        entries.len()
    );
}

fn print_group(title: &str, entries: &[&Entry], each: bool) {
    let raw: u64 = entries.iter().map(|e| e.raw).sum();
    let brotli: u64 = entries.iter().map(|e| e.brotli).sum();
    println!(
        "{title}: {} files, {raw} B raw, {brotli} B brotli",
        entries.len()
    );
    if each {
        for e in entries {
            println!(
                "  {:>10} B raw {:>10} B brotli  {}",
                e.raw, e.brotli, e.path
            );
        }
    } else {
        // Many small shards: show the largest few, the total says the rest.
        let mut largest: Vec<&&Entry> = entries.iter().collect();
        largest.sort_by(|a, b| b.brotli.cmp(&a.brotli).then(a.path.cmp(&b.path)));
        for e in largest.iter().take(8) {
            println!(
                "  {:>10} B raw {:>10} B brotli  {}",
                e.raw, e.brotli, e.path
            );
        }
        println!("  … and {} more", entries.len().saturating_sub(8));
    }
}

/// The name index: `data/communes/noms/` (manifest and name shards).
fn is_name_index(path: &str) -> bool {
    path.starts_with("data/communes/noms/")
}

/// `name shards: N, brotli max M B (path), median D B`: one name search downloads one or two.
fn shard_sizes(shards: &[&Entry]) -> Option<String> {
    let largest = shards
        .iter()
        .max_by(|a, b| a.brotli.cmp(&b.brotli).then(b.path.cmp(&a.path)))?;
    let mut sizes: Vec<u64> = shards.iter().map(|e| e.brotli).collect();
    sizes.sort_unstable();
    let mid = sizes.len() / 2;
    let median = if sizes.len().is_multiple_of(2) {
        (sizes.get(mid.wrapping_sub(1)).unwrap_or(&0) + sizes.get(mid).unwrap_or(&0)) / 2
    } else {
        sizes.get(mid).copied().unwrap_or(0)
    };
    Some(format!(
        "name shards: {}, brotli max {} B ({}), median {median} B",
        shards.len(),
        largest.brotli,
        largest.path
    ))
}

/// The configurator's bundle (`dist/integrer/`): its HTML, JS, wasm and CSS.
fn is_outils(path: &str) -> bool {
    path.strip_prefix("integrer/").is_some_and(is_first_load)
}

/// The check page's bundle (`dist/verifier/`): its HTML, JS, wasm and CSS.
fn is_verifier(path: &str) -> bool {
    path.strip_prefix("verifier/").is_some_and(is_first_load)
}

/// The host pages' script, `embed.js`: reported apart and held to its raw budget (it is served
/// as webmasters paste it, maybe uncompressed); `Err` when missing or over.
fn embed_script(entries: &[Entry]) -> Result<(), String> {
    let budget = budgets::EMBED_JS_RAW_BYTES;
    let e = entries.iter().find(|e| e.path == EMBED_JS).ok_or(format!(
        "{EMBED_JS} is missing from dist/ (index.html copies it)"
    ))?;
    let verdict = if e.raw <= budget { "within" } else { "OVER" };
    println!(
        "budget: {EMBED_JS} {} B raw ({} B brotli), {verdict} the budget of {budget} B raw",
        e.raw, e.brotli
    );
    if e.raw > budget {
        return Err(format!(
            "{EMBED_JS} is {} B raw, over the budget of {budget} B (xtask/src/budgets.rs)",
            e.raw
        ));
    }
    Ok(())
}

/// The script host pages load (never the app itself).
const EMBED_JS: &str = "embed.js";

/// What a browser downloads before the first page is usable: top-level HTML, JS, wasm and CSS
/// (not `embed.js`, which only host pages load).
fn is_first_load(path: &str) -> bool {
    path != EMBED_JS
        && !path.contains('/')
        && [".html", ".js", ".wasm", ".css"]
            .iter()
            .any(|ext| path.ends_with(ext))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Size of `bytes` compressed with brotli at quality 11, window 22 (what static hosts serve).
pub fn brotli_size(bytes: &[u8]) -> Result<u64, String> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|e| format!("brotli compression failed: {e}"))?;
    Ok(out.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_load_counts_only_top_level_app_files() {
        assert!(is_first_load("index.html"));
        assert!(is_first_load("aiguillage-1234_bg.wasm"));
        assert!(is_first_load("main-abc.css"));
        assert!(!is_first_load("data/catalogue.json"));
        assert!(!is_first_load("data/communes/93.json"));
        assert!(!is_first_load("integrer/outils-1234_bg.wasm"));
    }

    #[test]
    fn the_configurator_is_its_own_group_and_never_the_first_load() {
        assert!(is_outils("integrer/index.html"));
        assert!(is_outils("integrer/outils-1234_bg.wasm"));
        assert!(is_outils("integrer/outils-1234.js"));
        assert!(!is_outils("index.html"));
        assert!(!is_outils("data/communes/93.json"));
        assert!(!is_outils("integrer/data/x.json"));
    }

    #[test]
    fn the_check_page_is_its_own_group_and_never_the_first_load() {
        assert!(is_verifier("verifier/index.html"));
        assert!(is_verifier("verifier/verifier-1234_bg.wasm"));
        assert!(is_verifier("verifier/main-abc.css"));
        assert!(!is_verifier("integrer/index.html"));
        assert!(!is_outils("verifier/index.html"));
        assert!(!is_first_load("verifier/verifier-1234_bg.wasm"));
        assert!(!is_verifier("verifier/data/x.json"));
    }

    fn entry(path: &str, brotli: u64) -> Entry {
        Entry {
            path: path.into(),
            raw: brotli * 3,
            brotli,
        }
    }

    #[test]
    fn name_shards_are_reported_apart_with_max_and_median() {
        assert!(is_name_index("data/communes/noms/eti.json"));
        assert!(is_name_index("data/communes/noms/index.json"));
        assert!(!is_name_index("data/communes/93.json"));
        assert!(!is_name_index("data/communes/index.json"));
        let (a, b, c, d) = (
            entry("data/communes/noms/a.json", 4000),
            entry("data/communes/noms/b.json", 5000),
            entry("data/communes/noms/c.json", 3000),
            entry("data/communes/noms/d.json", 6000),
        );
        assert_eq!(
            shard_sizes(&[&a, &b, &c]).as_deref(),
            Some("name shards: 3, brotli max 5000 B (data/communes/noms/b.json), median 4000 B")
        );
        assert_eq!(
            shard_sizes(&[&a, &b, &c, &d]).as_deref(),
            Some("name shards: 4, brotli max 6000 B (data/communes/noms/d.json), median 4500 B")
        );
        assert_eq!(shard_sizes(&[]), None);
    }

    #[test]
    fn embed_js_is_not_first_load_and_is_held_to_its_raw_budget() {
        assert!(!is_first_load(EMBED_JS));
        assert!(is_first_load("aiguillage-1234.js"));
        let fits = Entry {
            path: EMBED_JS.into(),
            raw: budgets::EMBED_JS_RAW_BYTES,
            brotli: 900,
        };
        assert!(embed_script(&[fits]).is_ok());
        let over = Entry {
            path: EMBED_JS.into(),
            raw: budgets::EMBED_JS_RAW_BYTES + 1,
            brotli: 900,
        };
        assert!(embed_script(&[over]).is_err());
        assert!(embed_script(&[entry("index.html", 10)]).is_err());
    }

    #[test]
    fn the_embed_script_in_the_repository_fits_its_budget() {
        let path = crate::util::repo_root().join("public").join(EMBED_JS);
        let raw = std::fs::metadata(&path)
            .map(|m| m.len())
            .unwrap_or(u64::MAX);
        assert!(raw <= budgets::EMBED_JS_RAW_BYTES, "{raw} B");
    }

    #[test]
    fn brotli_shrinks_repetitive_text_and_is_not_zero() {
        let text = "formation au numérique ".repeat(1000);
        let size = brotli_size(text.as_bytes()).unwrap();
        assert!(size > 0 && size < 200, "{size}");
    }
}
