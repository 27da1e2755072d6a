//! The app's module graph goes one way: no file of `src/` reaches itself through the `crate::…`
//! and `super::…` paths it uses (issue 11: `state/draft.rs` ↔ `state/quiz_state.rs` was a cycle).
//! Read from the source text, so a new cycle fails here natively, without a browser. Run with
//! `--nocapture` to print every arrow (`from -> to`); `MODULE_GRAPH_SRC=<dir>` reads another tree.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/state/step.rs` → `state::step`, `src/routes/mod.rs` →
/// `routes`, `src/lib.rs` → `` (the crate root).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its `#[cfg(test)]` module (tests are last in
/// every file of this crate, and their `super::` means something else).
fn code(text: &str) -> String {
    let end = ["#[cfg(test)]", "#[cfg(all(test"]
        .iter()
        .filter_map(|m| text.find(m))
        .min()
        .unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident_at(s: &[u8], mut i: usize) -> (String, usize) {
    let start = i;
    while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'_') {
        i += 1;
    }
    (String::from_utf8_lossy(&s[start..i]).into_owned(), i)
}

fn skip_space(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && s[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Reads a path (or a `use` tree with `{…}` groups) starting at `i`, after `prefix`; pushes every
/// full path it names. Returns where it ended.
fn tree(s: &[u8], mut i: usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix;
    loop {
        i = skip_space(s, i);
        if s.get(i) == Some(&b'{') {
            i += 1;
            loop {
                i = skip_space(s, i);
                match s.get(i) {
                    Some(b'}') => return i + 1,
                    Some(b',') => i += 1,
                    None => return i,
                    _ => i = tree(s, i, path.clone(), out),
                }
            }
        }
        let (id, next) = ident_at(s, i);
        if id.is_empty() {
            out.push(path);
            return i;
        }
        if id != "self" {
            path.push(id);
        }
        i = next;
        if s.get(i..i + 2) == Some(b"::") {
            i += 2;
        } else {
            out.push(path);
            return i;
        }
    }
}

/// The module paths a file's code names, made absolute.
fn used_paths(code: &str, here: &[String]) -> Vec<Vec<String>> {
    let s = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let boundary = i == 0 || !(s[i - 1].is_ascii_alphanumeric() || s[i - 1] == b'_');
        let rest = &s[i..];
        if boundary && rest.starts_with(b"crate::") {
            i = tree(s, i + 7, Vec::new(), &mut out);
        } else if boundary && rest.starts_with(b"super::") {
            let mut base = here.to_vec();
            let mut j = i;
            while s[j..].starts_with(b"super::") {
                base.pop();
                j += 7;
            }
            i = tree(s, j, base, &mut out);
        } else {
            i += 1;
        }
    }
    out
}

/// The arrows between the files of `src/`: file module → module it uses (never itself).
fn arrows() -> BTreeMap<String, BTreeSet<String>> {
    // `MODULE_GRAPH_SRC=<dir>` checks another tree (an older commit's `src/`, extracted).
    let src = std::env::var_os("MODULE_GRAPH_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut all = Vec::new();
    files(&src, &mut all);
    let modules: BTreeSet<Vec<String>> = all.iter().map(|f| module_of(&src, f)).collect();
    let name = |m: &[String]| {
        if m.is_empty() {
            "crate".to_string()
        } else {
            m.join("::")
        }
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &all {
        let here = module_of(&src, file);
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let targets = graph.entry(name(&here)).or_default();
        for path in used_paths(&code(&text), &here) {
            // The longest prefix that is a file of ours: `state::step::Step` → `state::step`.
            let target = (0..=path.len())
                .rev()
                .map(|n| &path[..n])
                .find(|p| modules.contains(*p))
                .unwrap_or(&[]);
            // A parent declares its children (`pub mod x;` is not a `use`): only real uses count.
            if target != here.as_slice() {
                targets.insert(name(target));
            }
        }
    }
    graph
}

/// A cycle through `node`, if any (depth-first search).
fn cycle(
    graph: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    stack: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = stack.iter().position(|n| n == node) {
        let mut c = stack[at..].to_vec();
        c.push(node.to_string());
        return Some(c);
    }
    if done.contains(node) {
        return None;
    }
    stack.push(node.to_string());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(c) = cycle(graph, next, stack, done) {
            return Some(c);
        }
    }
    stack.pop();
    done.insert(node.to_string());
    None
}

#[test]
fn no_file_of_the_app_reaches_itself_through_its_imports() {
    let graph = arrows();
    for (from, to) in &graph {
        for t in to {
            println!("{from} -> {t}");
        }
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = cycle(&graph, node, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}", c.join(" -> "));
        }
    }
}

#[test]
fn the_reader_sees_grouped_relative_and_inline_paths() {
    let here = vec!["state".to_string(), "quiz_state".to_string()];
    let code =
        "use super::draft::Draft;\nuse crate::components::{quiz::{age::A, level}, header};\n\
                let x = crate::percent::decode(s);\nuse super::profile_url::{self, F};";
    let got: BTreeSet<String> = used_paths(code, &here)
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    for want in [
        "state::draft::Draft",
        "components::quiz::age::A",
        "components::quiz::level",
        "components::header",
        "percent::decode",
        "state::profile_url",
        "state::profile_url::F",
    ] {
        assert!(got.contains(want), "{want} not in {got:?}");
    }
    // A cycle is found when there is one.
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("a".into());
    assert!(cycle(&g, "a", &mut Vec::new(), &mut BTreeSet::new()).is_some());
}
