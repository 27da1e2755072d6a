//! Text from a catalogue made safe to print on a terminal: a value holding `ESC[2J` (clear the
//! screen), an OSC title sequence, BEL, or `ESC[1A ESC[2K` (erase the previous error line)
//! must show as those characters, not act.

use std::borrow::Cow;

use aiguillage_core::catalogue::text_safety::unsafe_kind;

/// Every control character (C0, DEL, C1) and every bidi or invisible character written as a
/// visible `\u{1b}` escape; line feeds too, so that one issue stays one line.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    unsafe_kind(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_run() {
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(escape("x\u{9b}31m\r\n"), "x\\u{9b}31m\\u{d}\\u{a}");
        assert_eq!(escape("gpj\u{202E}.exe"), "gpj\\u{202e}.exe");
        assert!(matches!(escape("Développeur·se — l’été"), Cow::Borrowed(_)));
    }
}
