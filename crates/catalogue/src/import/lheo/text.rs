//! Text of LHEO elements: the bytes decoded from the document's encoding (UTF-8, or the
//! ISO-8859-1 / Windows-1252 that some regional exports still declare), entities resolved, and
//! the escaped HTML that feeds put in descriptions (`&lt;p&gt;…`) reduced to its text.

/// The character encoding declared by `<?xml … encoding="…"?>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// ISO-8859-1 / Latin-1: each byte is the code point.
    Latin1,
    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (€, œ, ’…).
    Windows1252,
}

impl Encoding {
    /// The encoding of an `encoding="…"` label; `None` for one we cannot read.
    pub fn from_label(label: &str) -> Option<Encoding> {
        match label.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" | "us-ascii" | "ascii" => Some(Encoding::Utf8),
            "iso-8859-1" | "iso8859-1" | "latin1" | "latin-1" | "iso_8859-1" => {
                Some(Encoding::Latin1)
            }
            "windows-1252" | "cp1252" | "iso-8859-15" | "latin9" => Some(Encoding::Windows1252),
            _ => None,
        }
    }

    /// Appends decoded bytes to `out` (no intermediate `String` for valid UTF-8).
    pub fn decode_into(self, bytes: &[u8], out: &mut String) {
        match (self, std::str::from_utf8(bytes)) {
            (Encoding::Utf8, Ok(s)) => out.push_str(s),
            _ => out.push_str(&self.decode(bytes)),
        }
    }

    /// Decodes bytes; invalid UTF-8 is replaced (U+FFFD), never a panic.
    pub fn decode(self, bytes: &[u8]) -> String {
        match self {
            Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Encoding::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
            Encoding::Windows1252 => bytes.iter().map(|&b| cp1252(b)).collect(),
        }
    }
}

/// Windows-1252's 0x80–0x9F row (the rest is Latin-1). ISO-8859-15 differs in 8 code points
/// (€ at 0xA4…); it is read as Windows-1252, which keeps every letter of French but œ/Œ/€ there.
fn cp1252(b: u8) -> char {
    const ROW: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => ROW
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}

/// The text of an entity reference (`amp`, `#233`, `#xE9`, `eacute`), `None` if unknown.
pub fn entity(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code)
            .filter(|c| *c != '\0')
            .map(String::from);
    }
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "agrave" => 'à',
        "acirc" => 'â',
        "auml" => 'ä',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "ccedil" => 'ç',
        "Eacute" => 'É',
        "Egrave" => 'È',
        "Ecirc" => 'Ê',
        "Agrave" => 'À',
        "Acirc" => 'Â',
        "Ccedil" => 'Ç',
        "Icirc" => 'Î',
        "Ocirc" => 'Ô',
        "Ucirc" => 'Û',
        "oelig" => 'œ',
        "OElig" => 'Œ',
        "aelig" => 'æ',
        "laquo" => '«',
        "raquo" => '»',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "euro" => '€',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        _ => return None,
    };
    Some(String::from(c))
}

/// Resolves `&…;` references in a text; an unknown or unterminated one stays as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 1..).unwrap_or("");
        let end = after.find(';').filter(|&e| e <= 10 && e > 0).filter(|&e| {
            after
                .get(..e)
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'))
        });
        match end.and_then(|e| entity(after.get(..e)?).map(|s| (e, s))) {
            Some((e, s)) => {
                out.push_str(&s);
                rest = after.get(e + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Tags that end a line of text (the rest just disappear).
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "br" | "li" | "div" | "ul" | "ol" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
    )
}

/// Removes `<tag …>` markup; returns the text and whether any tag was removed. A `<` not
/// followed by a letter, `/` or `!` is text (`a < b`).
fn strip_tags(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut removed = false;
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 1..).unwrap_or("");
        let starts_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>').filter(|_| starts_tag) {
            Some(end) => {
                let inner = after.get(..end).unwrap_or("");
                let name: String = inner
                    .trim_start_matches('/')
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                // Inline tags (`<b>`, `<span>`) vanish: "des <b>applications</b>." reads as
                // written; block tags end a line.
                if is_block(&name) {
                    out.push('\n');
                }
                removed = true;
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, removed)
}

/// Runs of spaces become one space, of line breaks one line break; trimmed.
fn collapse(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut pending_line = false;
    for c in text.chars() {
        if c == '\n' || c == '\r' {
            pending_line = true;
        } else if c.is_whitespace() && c != '\u{a0}' {
            pending_space = true;
        } else {
            if !out.is_empty() {
                if pending_line && keep_lines {
                    out.push('\n');
                } else if pending_line || pending_space {
                    out.push(' ');
                }
            }
            pending_space = false;
            pending_line = false;
            out.push(c);
        }
    }
    // A no-break space kept inside (« : »), not at the ends (`Savoir lire&nbsp;`).
    out.trim_matches('\u{a0}').to_string()
}

/// A text as a person should read it: escaped HTML reduced to its text (two rounds, for feeds
/// that escape twice: `&amp;lt;p&amp;gt;`), entities resolved, spaces collapsed; line breaks
/// kept when `keep_lines` (long texts), else spaces (titles). Returns whether markup was removed.
pub fn clean(text: &str, keep_lines: bool) -> (String, bool) {
    let mut current = text.to_string();
    let mut removed_any = false;
    for _ in 0..2 {
        if !current.contains('<') && !current.contains('&') {
            break;
        }
        let (stripped, removed) = strip_tags(&current);
        removed_any |= removed;
        current = decode_entities(&stripped);
    }
    if current.contains('<') {
        let (stripped, removed) = strip_tags(&current);
        removed_any |= removed;
        current = stripped;
    }
    (collapse(&current, keep_lines), removed_any)
}

/// At most `max` characters, cut at a word boundary when one is near, ending with `…`.
pub fn truncate(text: &str, max: usize) -> (String, bool) {
    if text.chars().count() <= max {
        return (text.to_string(), false);
    }
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match head.rfind(' ') {
        Some(i) if i > head.len() * 3 / 4 => head.get(..i).unwrap_or(&head).to_string(),
        _ => head,
    };
    (format!("{}…", cut.trim_end()), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_html_keeps_its_text_and_paragraphs() {
        let (text, removed) = clean(
            "<p>A la fois vendeur,</p><p><b>manager</b> &amp; commercial&nbsp;!</p>",
            true,
        );
        assert!(removed);
        assert_eq!(text, "A la fois vendeur,\nmanager & commercial\u{a0}!");
    }

    #[test]
    fn twice_escaped_html_and_named_entities_are_decoded() {
        let (text, removed) = clean("&lt;p&gt;Cr&eacute;ation de sites&lt;/p&gt;", false);
        assert!(removed);
        assert_eq!(text, "Création de sites");
    }

    #[test]
    fn plain_text_with_a_lone_ampersand_or_less_than_is_kept() {
        assert_eq!(
            clean("R&D < 3 ans", false),
            ("R&D < 3 ans".to_string(), false)
        );
        assert_eq!(clean("&unknown; x", false).0, "&unknown; x");
    }

    #[test]
    fn latin1_and_windows_1252_bytes_become_their_letters() {
        assert_eq!(Encoding::Latin1.decode(b"Cr\xe9ation"), "Création");
        assert_eq!(
            Encoding::Windows1252.decode(b"l\x92\x9cuvre \x80"),
            "l’œuvre €"
        );
        assert_eq!(Encoding::Utf8.decode(b"\xff"), "\u{fffd}");
    }

    #[test]
    fn a_long_text_is_cut_with_an_ellipsis_within_the_limit() {
        let (t, cut) = truncate(&"mot ".repeat(100), 50);
        assert!(cut);
        assert!(t.chars().count() <= 50, "{t}");
        assert!(t.ends_with('…'));
    }
}
