//! Shortens the names by which wasm-bindgen's JS glue and the wasm call each other.
//!
//! wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` (174 of them in the app) and
//! its closure shims `wasm_bindgen_<hash>___convert__closures_____invoke…` (up to 120
//! characters). Each name is written twice, in the wasm's import or export section and in the
//! glue, and the hex digits do not compress: on the issue-11 build they were 2.6 KB of the wasm and
//! 1.8 KB of the glue, brotli. A minifier cannot shorten them (they are the module's interface), so
//! this renames them in both files at once, after terser: imports of the glue's module become
//! `a`, `b`, … `ba`…, long exports `xa`, `xb`…. Measured on 2a296f4: wasm 275 182 → 272 450 B and
//! glue 5 614 → 3 615 B brotli, **−4.7 KB** of the first load.
//!
//! Safe by construction, and refused otherwise: the wasm's sections are walked by their declared
//! sizes (nothing else in the module moves: section contents are position-independent), every
//! renamed name must occur in the glue as a whole identifier (an import exactly once, the key of
//! the imports object; an export at least once), and the JS is rewritten token by token, so one
//! name can never be replaced inside another. Any surprise stops the build with an error rather
//! than producing a pair that does not fit.

use std::collections::HashMap;

/// Exports longer than this are renamed: the mangled closure shims. `memory`, `__wbindgen_start`
/// and friends keep their names (short already, and read by name by tools).
const LONG_EXPORT: usize = 24;

/// The renamed pair and how many names changed.
pub struct Renamed {
    pub wasm: Vec<u8>,
    pub js: String,
    pub imports: usize,
    pub exports: usize,
}

/// Renames the imports of `module` (the glue, e.g. `./aiguillage_bg.js`) and the long exports.
pub fn shorten(wasm: &[u8], js: &str, module: &str) -> Result<Renamed, String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a WebAssembly 1.0 module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    let mut renames: HashMap<String, String> = HashMap::new();
    let (mut imports, mut exports) = (0, 0);
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = read_u32(wasm, at + 1)?;
        let end = body_at
            .checked_add(size as usize)
            .filter(|&e| e <= wasm.len())
            .ok_or("a section runs past the end of the module")?;
        let body = &wasm[body_at..end];
        let new_body = match id {
            2 => Some(rename_imports(body, module, &mut renames, &mut imports)?),
            7 => Some(rename_exports(body, &mut renames, &mut exports)?),
            _ => None,
        };
        out.push(id);
        let body = new_body.as_deref().unwrap_or(body);
        write_u32(&mut out, body.len() as u32);
        out.extend_from_slice(body);
        at = end;
    }
    let (js, found) = replace_identifiers(js, &renames);
    for (old, kind) in renames.keys().map(|k| (k, import_or_export(k, &renames))) {
        let n = found.get(old.as_str()).copied().unwrap_or(0);
        let ok = match kind {
            Kind::Import => n == 1,
            Kind::Export => n >= 1,
        };
        if !ok {
            return Err(format!(
                "`{old}` occurs {n} times in the glue as a whole name: refusing to rename"
            ));
        }
    }
    Ok(Renamed {
        wasm: out,
        js,
        imports,
        exports,
    })
}

enum Kind {
    Import,
    Export,
}

/// Export short names start with `x`, import ones never do.
fn import_or_export(old: &str, renames: &HashMap<String, String>) -> Kind {
    match renames.get(old) {
        Some(new) if new.starts_with('x') => Kind::Export,
        _ => Kind::Import,
    }
}

/// `a`, `b`, … `w`, `y`, `z`, `ba`, …: base 25 over the letters other than `x`.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwyz";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn rename_imports(
    body: &[u8],
    module: &str,
    renames: &mut HashMap<String, String>,
    count: &mut usize,
) -> Result<Vec<u8>, String> {
    let (n, mut at) = read_u32(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    write_u32(&mut out, n);
    for _ in 0..n {
        let (module_name, next) = read_name(body, at)?;
        let (field, next) = read_name(body, next)?;
        let desc_end = skip_import_desc(body, next)?;
        let field = if module_name == module {
            let new = short_name(*count);
            *count += 1;
            if renames.insert(field.to_string(), new.clone()).is_some() {
                return Err(format!("the import `{field}` is declared twice"));
            }
            new
        } else {
            field.to_string()
        };
        write_name(&mut out, module_name);
        write_name(&mut out, &field);
        out.extend_from_slice(&body[next..desc_end]);
        at = desc_end;
    }
    if at != body.len() {
        return Err("the import section has bytes after its last import".into());
    }
    Ok(out)
}

fn rename_exports(
    body: &[u8],
    renames: &mut HashMap<String, String>,
    count: &mut usize,
) -> Result<Vec<u8>, String> {
    let (n, mut at) = read_u32(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    write_u32(&mut out, n);
    for _ in 0..n {
        let (name, next) = read_name(body, at)?;
        let kind = *body.get(next).ok_or("an export ends early")?;
        let (_, end) = read_u32(body, next + 1)?;
        // The wasm-split marker is read by its tool, not by the glue: keep such names.
        let name = if name.len() > LONG_EXPORT && !name.starts_with("_WASM_SPLIT") {
            let new = format!("x{}", short_name(*count));
            *count += 1;
            if renames.insert(name.to_string(), new.clone()).is_some() {
                return Err(format!("the export `{name}` is declared twice"));
            }
            new
        } else {
            name.to_string()
        };
        write_name(&mut out, &name);
        out.push(kind);
        out.extend_from_slice(&body[next + 1..end]);
        at = end;
    }
    if at != body.len() {
        return Err("the export section has bytes after its last export".into());
    }
    Ok(out)
}

/// The end of an import descriptor: function, table, memory, global or tag.
fn skip_import_desc(body: &[u8], at: usize) -> Result<usize, String> {
    let kind = *body.get(at).ok_or("an import ends early")?;
    let at = at + 1;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *body.get(at).ok_or("limits end early")?;
        let (_, at) = read_u64(body, at + 1)?;
        if flags & 1 == 1 {
            Ok(read_u64(body, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(read_u32(body, at)?.1),
        1 => match body.get(at) {
            Some(0x70 | 0x6f) => limits(at + 1),
            _ => Err("an imported table of a reference type this tool does not know".into()),
        },
        2 => limits(at),
        3 => {
            if body.len() < at + 2 {
                Err("an imported global ends early".into())
            } else {
                Ok(at + 2)
            }
        }
        4 => Ok(read_u32(body, at + 1)?.1),
        other => Err(format!("an import of unknown kind {other}")),
    }
}

/// Rewrites every whole identifier (`[A-Za-z0-9_$]+`) found in `renames`; counts each one found.
fn replace_identifiers<'a>(
    js: &str,
    renames: &'a HashMap<String, String>,
) -> (String, HashMap<&'a str, usize>) {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut found: HashMap<&str, usize> = HashMap::new();
    let mut rest = js;
    while let Some(start) = rest.find(is_ident) {
        out.push_str(&rest[..start]);
        let token = &rest[start..];
        let len = token.find(|c: char| !is_ident(c)).unwrap_or(token.len());
        let word = &token[..len];
        match renames.get_key_value(word) {
            Some((old, new)) => {
                *found.entry(old.as_str()).or_default() += 1;
                out.push_str(new);
            }
            None => out.push_str(word),
        }
        rest = &token[len..];
    }
    out.push_str(rest);
    (out, found)
}

fn read_u64(bytes: &[u8], mut at: usize) -> Result<(u64, usize), String> {
    let mut value = 0u64;
    for shift in (0..70).step_by(7) {
        let b = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= u64::from(b & 0x7f) << shift.min(63);
        if b & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("a number is too long".into())
}

fn read_u32(bytes: &[u8], at: usize) -> Result<(u32, usize), String> {
    let (v, at) = read_u64(bytes, at)?;
    u32::try_from(v)
        .map(|v| (v, at))
        .map_err(|_| "a number does not fit 32 bits".into())
}

fn write_u32(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_name(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, at) = read_u32(bytes, at)?;
    let end = at + len as usize;
    let raw = bytes.get(at..end).ok_or("a name runs past the end")?;
    let name = std::str::from_utf8(raw).map_err(|_| "a name is not UTF-8")?;
    Ok((name, end))
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_u32(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two glue functions and a memory from elsewhere, exporting a long-named
    /// function and `memory`, with a code section after (which must come through unchanged).
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        // type section: one type () -> ()
        m.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = Vec::new();
        write_u32(&mut imports, 3);
        for field in ["__wbg_log_0123456789abcdef", "__wbg_now_fedcba9876543210"] {
            write_name(&mut imports, "./app_bg.js");
            write_name(&mut imports, field);
            imports.extend_from_slice(&[0, 0]);
        }
        write_name(&mut imports, "env");
        write_name(&mut imports, "memory");
        imports.extend_from_slice(&[2, 1, 1, 2]);
        m.push(2);
        write_u32(&mut m, imports.len() as u32);
        m.extend_from_slice(&imports);
        // function section: one function of type 0
        m.extend_from_slice(&[3, 2, 1, 0]);
        let mut exports = Vec::new();
        write_u32(&mut exports, 2);
        write_name(&mut exports, "wasm_bindgen_0123___convert__closures_invoke");
        exports.extend_from_slice(&[0, 2]);
        write_name(&mut exports, "memory");
        exports.extend_from_slice(&[2, 0]);
        m.push(7);
        write_u32(&mut m, exports.len() as u32);
        m.extend_from_slice(&exports);
        // code section: one empty body
        m.extend_from_slice(&[10, 4, 1, 2, 0, 0x0b]);
        m
    }

    const GLUE: &str = "const i={__wbg_log_0123456789abcdef:function(n){console.log(n)},\
        __wbg_now_fedcba9876543210:()=>Date.now()};\
        function f(){E.wasm_bindgen_0123___convert__closures_invoke();E.memory}";

    fn names(wasm: &[u8]) -> Vec<String> {
        let text = String::from_utf8_lossy(wasm).into_owned();
        ["__wbg_log", "__wbg_now", "wasm_bindgen_0123", "memory"]
            .iter()
            .filter(|n| text.contains(*n))
            .map(|n| n.to_string())
            .collect()
    }

    #[test]
    fn glue_imports_and_long_exports_get_short_names_in_both_files() {
        let r = shorten(&module(), GLUE, "./app_bg.js").expect("renamed");
        assert_eq!((r.imports, r.exports), (2, 1));
        assert_eq!(
            r.js,
            "const i={a:function(n){console.log(n)},b:()=>Date.now()};function f(){E.xa();E.memory}"
        );
        // Only `memory` keeps its name (the env import and the export).
        assert_eq!(names(&r.wasm), vec!["memory".to_string()]);
        assert!(r.wasm.len() < module().len());
        // Everything after the export section is unchanged.
        assert!(r.wasm.ends_with(&[10, 4, 1, 2, 0, 0x0b]));
        // The result is still a module this walker reads.
        let again = shorten(&r.wasm, &r.js, "./app_bg.js").expect("readable");
        assert_eq!(again.imports, 2);
    }

    #[test]
    fn a_name_missing_from_the_glue_stops_the_build() {
        let glue = GLUE.replace("__wbg_now_fedcba9876543210", "other");
        let err = shorten(&module(), &glue, "./app_bg.js")
            .err()
            .expect("refused");
        assert!(err.contains("__wbg_now_fedcba9876543210"), "{err}");
    }

    #[test]
    fn a_name_inside_a_longer_identifier_is_not_replaced() {
        let glue = format!("{GLUE};var __wbg_log_0123456789abcdefX=1");
        let r = shorten(&module(), &glue, "./app_bg.js").expect("renamed");
        assert!(r.js.ends_with("var __wbg_log_0123456789abcdefX=1"));
    }

    #[test]
    fn something_that_is_not_a_module_is_refused() {
        assert!(shorten(b"<html>", GLUE, "./app_bg.js").is_err());
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert!(shorten(&cut, GLUE, "./app_bg.js").is_err());
    }

    #[test]
    fn short_names_never_start_with_the_export_prefix_and_never_repeat() {
        let names: Vec<String> = (0..2000).map(short_name).collect();
        assert!(names.iter().all(|n| !n.starts_with('x')));
        let unique: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
        assert_eq!(&names[..3], &["a", "b", "c"]);
        assert_eq!(names[25], "ba");
    }
}
