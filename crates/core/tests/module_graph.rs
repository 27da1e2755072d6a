//! The crate's modules depend on each other one way only: no import cycle between top-level modules.
//!
//! The checker reads every `.rs` file under a source root, finds each path that starts with
//! `crate::`, `$crate::` or `super::` (in `use` items, `use crate::{a::b, c}` groups over several
//! lines, and paths written inline in code), and builds the graph between top-level modules
//! (`src/geo/commune.rs` is in `geo`). Comments, strings and `#[cfg(test)]` modules are skipped:
//! tests may use anything. A path to an item the root re-exports (`crate::Profile`) counts as
//! a use of the module that defines it (`profile`). [`cycle_in`] takes the source root, so the
//! same check can run on the app's `src/`.

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level module → the top-level modules it uses.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// A cycle between the top-level modules of the crate whose root file (`lib.rs` or `main.rs`)
/// is in `src_root`, as `a → b → … → a`; `None` when the graph goes one way.
pub fn cycle_in(src_root: &Path) -> Option<Vec<String>> {
    find_cycle(&module_graph(src_root))
}

/// The graph between the top-level modules under `src_root`.
pub fn module_graph(src_root: &Path) -> Graph {
    let mut files = Vec::new();
    collect_rs(src_root, &mut files);
    files.sort();
    let root_file = ["lib.rs", "main.rs"]
        .iter()
        .map(|f| src_root.join(f))
        .find(|p| p.exists());
    let re_exports = root_file
        .as_deref()
        .map(|f| root_re_exports(&read(f)))
        .unwrap_or_default();
    let mut graph = Graph::new();
    for file in &files {
        let module = module_path_of(src_root, file);
        let Some(top) = module.first().cloned() else {
            continue; // the root only declares and re-exports modules
        };
        let used = graph.entry(top.clone()).or_default();
        for path in crate_paths(&strip_tests(&code_only(&read(file))), &module) {
            let Some(first) = path.first() else { continue };
            let target = re_exports.get(first).unwrap_or(first);
            if *target != top && !is_builtin(target) {
                used.insert(target.clone());
            }
        }
    }
    graph
}

/// The graph between the files (second-level modules) of each top-level module under
/// `src_root`: `state::draft` → `state::quiz_state`. A path to an item the module's `mod.rs`
/// re-exports (`super::Step`) counts as a use of the module itself (`state`), whose `mod.rs`
/// declares its files without `crate::`/`super::` paths: only direct uses between sibling files
/// make arrows.
pub fn file_graph(src_root: &Path) -> Graph {
    let mut files = Vec::new();
    collect_rs(src_root, &mut files);
    files.sort();
    let node = |path: &[String]| -> Option<String> {
        let top = path.first()?;
        match path.get(1) {
            Some(second)
                if src_root.join(top).join(format!("{second}.rs")).exists()
                    || src_root.join(top).join(second).join("mod.rs").exists() =>
            {
                Some(format!("{top}::{second}"))
            }
            _ => Some(top.clone()),
        }
    };
    let mut graph = Graph::new();
    for file in &files {
        let module = module_path_of(src_root, file);
        let Some(here) = node(&module) else { continue };
        let top = module[0].clone();
        let used = graph.entry(here.clone()).or_default();
        for path in crate_paths(&strip_tests(&code_only(&read(file))), &module) {
            if path.first() != Some(&top) {
                continue;
            }
            if let Some(target) = node(&path) {
                if target != here {
                    used.insert(target);
                }
            }
        }
    }
    graph
}

/// A cycle of the graph, first module repeated at the end; `None` when it is acyclic.
pub fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        graph: &'a Graph,
        marks: &mut BTreeMap<&'a str, Mark>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        marks.insert(node, Mark::OnPath);
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            match marks.get(next.as_str()).copied().unwrap_or(Mark::New) {
                Mark::OnPath => {
                    let start = path.iter().position(|n| *n == next).unwrap_or(0);
                    let mut cycle: Vec<String> =
                        path[start..].iter().map(|s| s.to_string()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(next, graph, marks, path) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks.insert(node, Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for node in graph.keys() {
        if marks.get(node.as_str()).copied().unwrap_or(Mark::New) == Mark::New {
            if let Some(c) = visit(node, graph, &mut marks, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

fn read(file: &Path) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()))
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/geo/commune.rs` → `["geo", "commune"]`, `src/geo/mod.rs` → `["geo"]`, `src/lib.rs` → `[]`.
fn module_path_of(src_root: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src_root).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if !matches!(stem, "mod" | "lib" | "main") {
            parts.push(stem.to_string());
        }
    }
    parts
}

fn is_builtin(name: &str) -> bool {
    matches!(name, "self" | "super" | "crate" | "*" | "")
}

/// The root's `pub use module::…::Name` (and groups): `Name` → `module`.
fn root_re_exports(root: &str) -> BTreeMap<String, String> {
    let code = code_only(root);
    let mut map = BTreeMap::new();
    for item in code.split(';') {
        let item = item.trim();
        let Some(rest) = item
            .strip_prefix("pub use ")
            .or_else(|| item.strip_prefix("pub(crate) use "))
        else {
            continue;
        };
        let rest = rest.trim().trim_start_matches("crate::");
        for path in expand_group(rest) {
            if let (Some(module), Some(name)) = (path.first(), path.last()) {
                map.insert(name.clone(), module.clone());
            }
        }
    }
    map
}

/// The source with comments and the contents of string and char literals blanked out.
fn code_only(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            // raw string r"…" or r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // a char literal ('a', '\n', '\u{e9}'), or a lifetime ('a) left as it is
            if next == Some('\\') {
                // the quote, the backslash and the escaped character (`'\''`, `'\u{e9}'`)
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The code without the modules marked `#[cfg(test)]` (test code may use anything).
fn strip_tests(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        // Skip the item: up to its `;` or to the end of its first `{ … }` block.
        let mut depth = 0usize;
        let mut end = after.len();
        for (k, ch) in after.char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = k + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Every path from `crate::`, `$crate::` or `super::` in `code` (a file of module `module`),
/// made absolute from the crate root: `["geo", "GeoPoint"]`. Groups are expanded.
fn crate_paths(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut paths = Vec::new();
    // The inline modules (`mod x { … }`) open at each brace depth, to resolve `super::`.
    let mut inline: Vec<(usize, String)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            depth += 1;
            i += 1;
            continue;
        }
        if c == '}' {
            depth = depth.saturating_sub(1);
            while inline.last().is_some_and(|(d, _)| *d > depth) {
                inline.pop();
            }
            i += 1;
            continue;
        }
        if !(c.is_alphabetic() || c == '_' || c == '$') {
            i += 1;
            continue;
        }
        let starts_word = i == 0 || !is_ident_char(chars[i - 1]) && chars[i - 1] != ':';
        let word_end = (i + 1..chars.len())
            .find(|&k| !is_ident_char(chars[k]))
            .unwrap_or(chars.len());
        let word: String = chars[i..word_end].iter().collect();
        if starts_word && word == "mod" {
            // `mod name {` opens an inline module; `mod name;` is a file.
            let rest: String = chars[word_end..].iter().take(200).collect();
            let rest = rest.trim_start();
            let name: String = rest.chars().take_while(|c| is_ident_char(*c)).collect();
            if rest[name.len()..].trim_start().starts_with('{') {
                inline.push((depth + 1, name));
            }
        }
        if starts_word && matches!(word.as_str(), "crate" | "$crate" | "super") {
            let mut here: Vec<String> = module.to_vec();
            here.extend(inline.iter().map(|(_, n)| n.clone()));
            // Read the whole path, up to a character that cannot be in one (groups included).
            let mut k = i;
            let mut braces = 0usize;
            while k < chars.len() {
                let ch = chars[k];
                if ch == '{' {
                    braces += 1;
                } else if ch == '}' {
                    if braces == 0 {
                        break;
                    }
                    braces -= 1;
                } else if !(is_ident_char(ch) || ch == ':' || ch == '$' || ch == '*')
                    && !(braces > 0 && (ch == ',' || ch.is_whitespace()))
                {
                    break;
                }
                k += 1;
            }
            let text: String = chars[i..k].iter().collect();
            for path in expand_group(&text) {
                if let Some(abs) = absolute(&path, &here) {
                    paths.push(abs);
                }
            }
            i = k;
            continue;
        }
        i = word_end;
    }
    paths
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `a::{b::c, d}` → `[[a, b, c], [a, d]]` (whitespace ignored; `self` in a group is the prefix).
fn expand_group(text: &str) -> Vec<Vec<String>> {
    // `x as y` keeps `x`: mark the alias before dropping the whitespace.
    let text: String = text
        .replace(" as ", "@")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut out = Vec::new();
    expand_into(&text, &[], &mut out);
    out
}

fn expand_into(text: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    match text.find('{') {
        None => {
            let mut path = prefix.to_vec();
            let text = text.split('@').next().unwrap_or(text);
            path.extend(
                text.split("::")
                    .filter(|s| !s.is_empty() && *s != "self")
                    .map(|s| s.to_string()),
            );
            out.push(path);
        }
        Some(open) => {
            let mut path = prefix.to_vec();
            path.extend(
                text[..open]
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .map(|s| s.to_string()),
            );
            let inner_end = text.rfind('}').unwrap_or(text.len());
            let inner = &text[open + 1..inner_end.max(open + 1)];
            for item in split_top_level(inner) {
                expand_into(item, &path, out);
            }
        }
    }
}

/// Splits a group's inside at its top-level commas.
fn split_top_level(inner: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (k, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items.into_iter().filter(|s| !s.is_empty()).collect()
}

/// Resolves the leading `crate`/`$crate`/`super` segments against the module `here`.
fn absolute(path: &[String], here: &[String]) -> Option<Vec<String>> {
    let mut base: Vec<String> = here.to_vec();
    let mut rest = path.iter().peekable();
    match rest.peek().map(|s| s.as_str()) {
        Some("crate") | Some("$crate") => {
            base.clear();
            rest.next();
        }
        Some("super") => {
            while rest.peek().map(|s| s.as_str()) == Some("super") {
                base.pop()?;
                rest.next();
            }
        }
        _ => return None,
    }
    base.extend(rest.cloned());
    Some(base)
}

fn core_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_modules_of_core_use_each_other_one_way_only() {
    let graph = module_graph(&core_src());
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "import cycle between core's modules: {}\nthe whole graph: {graph:#?}",
            cycle.join(" → ")
        );
    }
}

#[test]
fn the_checker_sees_the_modules_core_is_known_to_use() {
    // If the reader stopped seeing paths, the test above would pass on any code.
    let graph = module_graph(&core_src());
    let uses = |a: &str, b: &str| graph.get(a).is_some_and(|s| s.contains(b));
    assert!(uses("matching", "catalogue"), "{graph:#?}");
    assert!(uses("matching", "profile"), "{graph:#?}");
    assert!(uses("text", "matching"), "{graph:#?}");
    assert!(uses("profile", "geo"), "{graph:#?}");
}

#[test]
fn a_cycle_written_in_any_form_of_path_is_found() {
    let dir = std::env::temp_dir().join(format!("module-graph-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::create_dir_all(dir.join("c")).unwrap();
    std::fs::write(
        dir.join("lib.rs"),
        "mod a; mod b; mod c; mod d;\npub use d::Thing;\n",
    )
    .unwrap();
    // a → b through a multi-line group, in a file below a/.
    std::fs::write(dir.join("a/mod.rs"), "mod x;\n").unwrap();
    std::fs::write(
        dir.join("a/x.rs"),
        "use crate::{\n    b::Bee,\n    a::x as _,\n};\n// crate::d::commented\nconst S: &str = \"crate::d::in_a_string\";\nconst Q: char = '\\'';\nconst R: &str = r#\"crate::d::raw\"#;\n",
    )
    .unwrap();
    // b → c inline in code, and only a test module uses d.
    std::fs::write(
        dir.join("b.rs"),
        "fn f() { let _ = crate::c::see(); }\n#[cfg(test)]\nmod tests { use crate::d::Thing; }\n",
    )
    .unwrap();
    // c/y.rs uses super:: (= c) and super::super:: (= the root), and the root's re-export of d.
    std::fs::write(dir.join("c/mod.rs"), "mod y;\n").unwrap();
    std::fs::write(
        dir.join("c/y.rs"),
        "use super::Local;\nfn g() -> super::super::Thing { todo!() }\n",
    )
    .unwrap();
    std::fs::write(dir.join("d.rs"), "pub struct Thing;\n").unwrap();
    let acyclic = module_graph(&dir);
    assert_eq!(find_cycle(&acyclic), None, "{acyclic:#?}");
    let expected: Graph = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["d"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(acyclic, expected);

    // d → a, inline: the cycle a → b → c → d → a.
    std::fs::write(
        dir.join("d.rs"),
        "pub struct Thing;\nfn h() { crate::a::x::f(); }\n",
    )
    .unwrap();
    let cycle = cycle_in(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        cycle,
        Some(["a", "b", "c", "d", "a"].map(String::from).to_vec())
    );
}

#[test]
fn the_files_inside_each_module_of_core_use_each_other_one_way_only() {
    let graph = file_graph(&core_src());
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "import cycle between files of a core module: {}\nthe whole graph: {graph:#?}",
            cycle.join(" → ")
        );
    }
    // The reader sees the arrows between files.
    let uses = |a: &str, b: &str| graph.get(a).is_some_and(|s| s.contains(b));
    assert!(uses("matching::outcome", "matching::explain"), "{graph:#?}");
    assert!(
        uses("catalogue::issue", "catalogue::document"),
        "{graph:#?}"
    );
}
