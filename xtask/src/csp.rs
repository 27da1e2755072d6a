//! The Content-Security-Policy of the built pages, written as a `<meta http-equiv>` (a static
//! site sets no headers) after Trunk and terser, because it names the final inline scripts and
//! styles by their SHA-256: the boot watchdog and `<noscript><style>` of `index.html`, and the
//! module script Trunk generates to start the wasm. Nothing else may run: no inline event
//! handler, no `eval`, no script from another origin.
//!
//! `frame-ancestors` is absent on purpose: a `<meta>` cannot set it, and framing is allowed
//! everywhere (the app holds no secret and no account; docs/embedding.md, « Sécurité / CSP »).

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy, with `{scripts}` and `{styles}` replaced by the hashes of the page's inline
/// scripts and styles. `'wasm-unsafe-eval'` lets the page compile its own WebAssembly (and
/// nothing else); `img-src https: data:` is for a host's logo, which is only ever an `<img>`;
/// `frame-src 'self'` for the configurator's preview of the app.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
style-src 'self'{styles}; img-src 'self' https: data:; connect-src {connect}; frame-src 'self'; \
base-uri 'self'; form-action 'self'; object-src 'none'";

/// Writes the policy of `html_path` into it, right after `<meta charset>` (a policy only
/// applies to what comes after it; Trunk's minifier drops the optional `<head>` tag). A page that already has one is refused: built twice
/// without Trunk in between, the hashes would be stale.
pub fn write_meta(html_path: &Path) -> Result<(), String> {
    write_meta_connecting(html_path, SELF_ONLY)
}

/// `connect-src` of every page but the check page: this site only.
const SELF_ONLY: &str = "'self'";

/// `connect-src` of the check page (`/verifier`): it fetches the https address a webmaster
/// types (and only reads it; plain http stays refused, as mixed content).
pub const SELF_AND_HTTPS: &str = "'self' https:";

/// [`write_meta`] with `connect` as the page's `connect-src`.
pub fn write_meta_connecting(html_path: &Path, connect: &str) -> Result<(), String> {
    let html = std::fs::read_to_string(html_path)
        .map_err(|e| format!("cannot read {}: {e}", html_path.display()))?;
    let with = with_meta(&html, connect).ok_or_else(|| {
        format!(
            "{} has no <meta charset>, or already has a Content-Security-Policy",
            html_path.display()
        )
    })?;
    std::fs::write(html_path, with)
        .map_err(|e| format!("cannot write {}: {e}", html_path.display()))
}

/// `html` with its policy meta inserted after `<meta charset…>`; `None` without one or when a
/// policy is already there.
fn with_meta(html: &str, connect: &str) -> Option<String> {
    if html.contains("Content-Security-Policy") {
        return None;
    }
    let charset = html.find("<meta charset")?;
    let head = charset + html[charset..].find('>')? + 1;
    let meta = format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        policy(html, connect)
    );
    Some(format!("{}{meta}{}", &html[..head], &html[head..]))
}

/// The page's policy: [`POLICY`] with the hashes of its inline scripts and styles.
fn policy(html: &str, connect: &str) -> String {
    let hashes = |tag: &str| -> String {
        inline_bodies(html, tag)
            .into_iter()
            .map(|body| format!(" 'sha256-{}'", sha256(body)))
            .collect()
    };
    POLICY
        .replace("{scripts}", &hashes("script"))
        .replace("{styles}", &hashes("style"))
        .replace("{connect}", connect)
}

/// The text of every `<tag …>…</tag>` element of `html` that has no `src` attribute (a script
/// with `src` is allowed by `'self'`, not by a hash), exactly as written: the browser hashes
/// those bytes.
fn inline_bodies<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut bodies = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        // `<scripts>` or `<styles>` are other tags; `<script>`, `<script type=module>` are ours.
        if !after.starts_with(['>', ' ', '\n', '\t']) {
            rest = after;
            continue;
        }
        let Some(end_of_tag) = after.find('>') else {
            break;
        };
        let attributes = &after[..end_of_tag];
        let body_and_rest = &after[end_of_tag + 1..];
        let Some(end) = body_and_rest.find(&close) else {
            break;
        };
        if !has_src(attributes) {
            bodies.push(&body_and_rest[..end]);
        }
        rest = &body_and_rest[end + close.len()..];
    }
    bodies
}

/// Whether a tag's attributes (`type=module src=/x.js`, minified or not) include `src`.
fn has_src(attributes: &str) -> bool {
    attributes
        .split(|c: char| c.is_whitespace())
        .any(|a| a == "src" || a.starts_with("src="))
}

fn sha256(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inline_script_and_style_is_hashed_and_scripts_with_src_are_not() {
        let html = "<!doctype html><html lang=fr><meta charset=utf-8><noscript><style>#boot{display:none}</style></noscript>\
            <script>watchdog()</script><script type=module src=/x.js></script>\
            <script type=module>import init from '/a.js';init()</script></html>";
        assert_eq!(
            inline_bodies(html, "script"),
            ["watchdog()", "import init from '/a.js';init()"]
        );
        assert_eq!(inline_bodies(html, "style"), ["#boot{display:none}"]);
        let with = with_meta(html, SELF_ONLY).unwrap();
        assert!(with.starts_with(
            "<!doctype html><html lang=fr><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
        ));
        assert!(with.contains(&format!("'sha256-{}'", sha256("watchdog()"))));
        assert!(with.contains(&format!(
            "style-src 'self' 'sha256-{}';",
            sha256("#boot{display:none}")
        )));
        assert!(!with.contains(&sha256("")), "the script with src is hashed");
        assert!(!with.contains("frame-ancestors"));
    }

    #[test]
    fn the_hash_is_the_one_browsers_compute() {
        // The CSP spec's example hash of `alert('Hello, world.');` (CSP Level 3, § 8.3).
        assert_eq!(
            sha256("alert('Hello, world.');"),
            "qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="
        );
    }

    #[test]
    fn a_page_without_charset_or_with_a_policy_already_is_refused() {
        assert_eq!(with_meta("<head><p>no charset</p>", SELF_ONLY), None);
        let once = with_meta("<head><meta charset=\"utf-8\" /></head>", SELF_ONLY).unwrap();
        assert!(once.starts_with("<head><meta charset=\"utf-8\" /><meta http-equiv"));
        assert_eq!(with_meta(&once, SELF_ONLY), None);
    }

    #[test]
    fn a_page_without_inline_code_gets_a_policy_without_hashes() {
        let p = policy("<head><script src=/a.js></script></head>", SELF_ONLY);
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(p.contains("connect-src 'self';"));
        assert!(p.contains("style-src 'self';"));
        assert!(p.contains("object-src 'none'"));
    }

    #[test]
    fn only_the_check_page_may_fetch_https_addresses_and_never_plain_http() {
        let html = "<head><meta charset=utf-8></head>";
        let verifier = with_meta(html, SELF_AND_HTTPS).unwrap();
        assert!(
            verifier.contains("connect-src 'self' https:;"),
            "{verifier}"
        );
        assert!(!verifier.contains("http:"), "{verifier}");
        assert!(with_meta(html, SELF_ONLY)
            .unwrap()
            .contains("connect-src 'self'; frame-src"));
    }
}
