//! Reading one cell of a tabular feed (CSV, data·inclusion, CPF) into a typed value: dates
//! (`JJ/MM/AAAA`, `AAAA-MM-JJ`, ISO date-times), numbers with a decimal comma, yes/no, links,
//! e-mails, lists, words compared without case or accents; and plain text out of escaped HTML.

use aiguillage_core::catalogue::{Email, HttpUrl};
use aiguillage_core::geo::normalize_name;
use aiguillage_core::Date;

/// Why a cell could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellError {
    /// Not a real calendar date in a known layout.
    NotADate,
    /// Not a number (or out of range).
    NotANumber,
    /// Not an absolute `http(s)://` link (`javascript:`, `data:`, relative…).
    NotAUrl,
    /// Not an e-mail address.
    NotAnEmail,
    /// Not yes or no.
    NotYesNo,
    /// Not one of the values the column accepts.
    UnknownValue,
}

/// The cell trimmed, `None` when empty.
pub fn present(cell: &str) -> Option<&str> {
    let t = cell.trim();
    (!t.is_empty()).then_some(t)
}

/// A date written `JJ/MM/AAAA` (also `J/M/AAAA`, `JJ-MM-AAAA`, `JJ.MM.AAAA`), `AAAA-MM-JJ`, or
/// an ISO date-time (`2026-03-02T00:00:00+00:00`, the date part is kept). Only real dates:
/// `31/02/2026` is an error, never the 3rd of March.
pub fn date(cell: &str) -> Result<Date, CellError> {
    let t = cell.trim();
    let iso = t.get(..10).filter(|head| {
        let rest = &t[head.len()..];
        rest.is_empty() || rest.starts_with(['T', ' '])
    });
    if let Some(d) = iso.and_then(|head| Date::parse(head).ok()) {
        return Ok(d);
    }
    let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return Err(CellError::NotADate);
    };
    let num = |s: &str, max_len: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match (num(d, 2), num(m, 2), num(y, 4).filter(|_| y.len() == 4)) {
        (Some(d), Some(m), Some(y)) => {
            Date::new(y as i32, m as u8, d as u8).ok_or(CellError::NotADate)
        }
        _ => Err(CellError::NotADate),
    }
}

/// A decimal number: `12,5` or `12.5`, spaces (also non-breaking) as thousands separators,
/// finite only.
pub fn decimal(cell: &str) -> Result<f64, CellError> {
    let t: String = cell
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let ok_chars = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'));
    match t.parse::<f64>() {
        Ok(v) if ok_chars && v.is_finite() => Ok(v),
        _ => Err(CellError::NotANumber),
    }
}

/// A whole number in `0..=max`; a decimal is rounded (`35,5` hours → 36).
pub fn whole(cell: &str, max: u32) -> Result<u32, CellError> {
    let v = decimal(cell)?;
    if v < 0.0 || v.round() > f64::from(max) {
        return Err(CellError::NotANumber);
    }
    Ok(v.round() as u32)
}

/// Yes or no: `oui`/`non`, `o`/`n`, `vrai`/`faux`, `true`/`false`, `1`/`0`, `x` (a ticked box).
pub fn yes_no(cell: &str) -> Result<bool, CellError> {
    match key(cell).as_str() {
        "oui" | "o" | "vrai" | "true" | "yes" | "y" | "1" | "x" => Ok(true),
        "non" | "n" | "faux" | "false" | "no" | "0" => Ok(false),
        _ => Err(CellError::NotYesNo),
    }
}

/// An absolute `http(s)://` link (core's rule: `javascript:` and the like are refused).
pub fn url(cell: &str) -> Result<HttpUrl, CellError> {
    HttpUrl::parse(cell.trim()).ok_or(CellError::NotAUrl)
}

/// An e-mail address (core's rule).
pub fn email(cell: &str) -> Result<Email, CellError> {
    Email::parse(cell.trim()).ok_or(CellError::NotAnEmail)
}

/// The items of a list cell, separated by `,`, `;` or `|` (or a JSON array of strings, as
/// some exports write lists), trimmed, empty ones dropped.
pub fn list(cell: &str) -> Vec<String> {
    let t = cell.trim();
    if t.starts_with('[') {
        if let Ok(items) = serde_json::from_str::<Vec<String>>(t) {
            return items
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
        }
    }
    t.split([',', ';', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A word as compared with the accepted values: lower case, accents folded (core's
/// `normalize_name`, which also drops `+` and reads `st` as `saint`), every run of other
/// characters than letters and digits as one `-` (`« À distance »` → `a-distance`).
pub fn key(cell: &str) -> String {
    let folded = normalize_name(cell.trim());
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() || c == '+' {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// [`key`] without its separators (`Bac + 2`, `bac+2`, `BAC 2` → `bac2`).
pub fn compact(cell: &str) -> String {
    key(cell).chars().filter(|c| *c != '-').collect()
}

/// Plain text from a field that may hold HTML, escaped or not (`&lt;p&gt;Bonjour&lt;/p&gt;`,
/// `<p>Bonjour</p>`): tags dropped (a block tag or `<br>` becomes a line break), the common
/// entities decoded, runs of spaces collapsed. Returns the text and whether markup was removed.
pub fn plain_text(raw: &str) -> (String, bool) {
    // Escaped HTML is decoded first so that its tags are seen as tags.
    let once = if raw.contains("&lt;") {
        decode_entities(raw)
    } else {
        raw.to_string()
    };
    let mut out = String::with_capacity(once.len());
    let mut had_markup = false;
    let mut rest = once.as_str();
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let looks_like_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        let Some(end) = after.find('>').filter(|_| looks_like_tag) else {
            out.push_str(&rest[..=start]);
            rest = after;
            continue;
        };
        out.push_str(&rest[..start]);
        let tag = after[..end].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if matches!(
            name.as_str(),
            "br" | "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "tr"
        ) {
            out.push('\n');
        }
        had_markup = true;
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    if decoded != out {
        had_markup = true;
    }
    (collapse(&decoded), had_markup)
}

/// The named entities feeds use, and numeric ones (`&#233;`, `&#xE9;`).
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|i| *i <= 10);
        let decoded = semi.and_then(|i| {
            let name = &after[..i];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{A0}'),
                "eacute" => Some('é'),
                "egrave" => Some('è'),
                "agrave" => Some('à'),
                "ccedil" => Some('ç'),
                "rsquo" => Some('’'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "euro" => Some('€'),
                _ => {
                    let n = name.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, i))
        });
        match decoded {
            Some((c, i)) => {
                out.push(c);
                rest = &after[i + 1..];
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

/// Spaces collapsed within lines, blank lines dropped, lines joined by `\n`.
fn collapse(s: &str) -> String {
    s.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// An id part from free text: lower case, accents folded, `-` between words, at most
/// `max` characters (`« Médiathèque Jean Macé »` → `mediatheque-jean-mace`).
pub fn slug(text: &str, max: usize) -> String {
    let k: String = key(text).chars().filter(|c| *c != '+').collect();
    let mut s: String = k.chars().take(max).collect();
    while s.ends_with('-') {
        s.pop();
    }
    s
}

/// A text cut to `max` characters at a word boundary, with `…`; `None` when it fitted.
pub fn cut(text: &str, max: usize) -> Option<String> {
    if text.chars().count() <= max {
        return None;
    }
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    let at = head.rfind(char::is_whitespace).unwrap_or(head.len());
    Some(format!("{}…", head[..at].trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_read_in_french_and_iso_layouts_and_never_shifted() {
        assert_eq!(date("02/03/2026"), Ok(d(2026, 3, 2)));
        assert_eq!(date(" 2/3/2026 "), Ok(d(2026, 3, 2)));
        assert_eq!(date("2026-03-02"), Ok(d(2026, 3, 2)));
        assert_eq!(date("2026-03-02T00:00:00+00:00"), Ok(d(2026, 3, 2)));
        assert_eq!(date("02.03.2026"), Ok(d(2026, 3, 2)));
        for bad in [
            "31/02/2026",
            "2026-02-30",
            "02/03/26",
            "demain",
            "",
            "1/1/1/2026",
        ] {
            assert_eq!(date(bad), Err(CellError::NotADate), "{bad}");
        }
    }

    #[test]
    fn numbers_take_a_decimal_comma_and_thousands_spaces() {
        assert_eq!(decimal("48,8566"), Ok(48.8566));
        assert_eq!(decimal("1 250,50"), Ok(1250.5));
        assert_eq!(decimal("1\u{202F}250"), Ok(1250.0));
        assert_eq!(decimal("NaN"), Err(CellError::NotANumber));
        assert_eq!(decimal("inf"), Err(CellError::NotANumber));
        assert_eq!(decimal("12 €"), Err(CellError::NotANumber));
        assert_eq!(whole("35,5", 10_000), Ok(36));
        assert_eq!(whole("-3", 10_000), Err(CellError::NotANumber));
        assert_eq!(whole("20000", 10_000), Err(CellError::NotANumber));
    }

    #[test]
    fn yes_no_reads_french_and_english_words() {
        assert_eq!(yes_no("Oui"), Ok(true));
        assert_eq!(yes_no("NON"), Ok(false));
        assert_eq!(yes_no("x"), Ok(true));
        assert_eq!(yes_no("peut-être"), Err(CellError::NotYesNo));
    }

    #[test]
    fn javascript_links_are_not_links() {
        assert!(url("https://exemple.fr/a").is_ok());
        assert_eq!(url("javascript:alert(1)"), Err(CellError::NotAUrl));
        assert_eq!(url("www.exemple.fr"), Err(CellError::NotAUrl));
    }

    #[test]
    fn keys_fold_case_accents_and_spacing() {
        assert_eq!(key(" Présentiel "), "presentiel");
        assert_eq!(key("À distance"), "a-distance");
        // The core's folding drops "+": "Bac + 2" and "bac+2" compare as "bac2".
        assert_eq!(compact("Bac + 2"), "bac2");
        assert_eq!(compact("bac+2"), "bac2");
        assert_eq!(
            slug("Médiathèque Jean-Macé (Bac+2)", 100),
            "mediatheque-jean-mace-bac-2"
        );
    }

    #[test]
    fn lists_split_on_commas_semicolons_pipes_or_a_json_array() {
        assert_eq!(list("a, b ;c|"), vec!["a", "b", "c"]);
        assert_eq!(list(r#"["jeunes", "femmes"]"#), vec!["jeunes", "femmes"]);
    }

    #[test]
    fn escaped_html_becomes_plain_text_with_line_breaks() {
        let (t, had) = plain_text("&lt;p&gt;Cr&amp;eacute;er un site&lt;/p&gt;&lt;ul&gt;&lt;li&gt;HTML&lt;/li&gt;&lt;/ul&gt;");
        assert!(had);
        assert_eq!(t, "Créer un site\nHTML");
        let (t, had) = plain_text("<p>Créer <b>un</b> site</p><script>x</script>");
        assert!(had);
        assert_eq!(t, "Créer un site\nx");
        assert_eq!(
            plain_text("3 < 4 et 5 > 2"),
            ("3 < 4 et 5 > 2".to_string(), false)
        );
    }

    #[test]
    fn long_texts_are_cut_at_a_word() {
        assert_eq!(cut("un deux trois", 9), Some("un deux…".to_string()));
        assert_eq!(cut("court", 9), None);
    }
}
