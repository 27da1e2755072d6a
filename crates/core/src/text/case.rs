//! Capitals for French and English text, without the Unicode case tables.
//!
//! `char::to_uppercase` pulls about 12 KB of tables into the WebAssembly for the whole of
//! Unicode; the app only ever capitalises its own French and English sentences and catalogue
//! texts, whose letters are Latin. Any other letter is left as it is.

/// The capital of a Latin letter (ASCII, Latin-1, œ, ÿ); any other character unchanged.
pub fn upper_latin(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        // Latin-1 lowercase letters sit 0x20 above their capitals, except ÷ (a sign) and ÿ/ß.
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        'ÿ' => 'Ÿ',
        'œ' => 'Œ',
        _ => c,
    }
}

/// "sans diplôme" → "Sans diplôme", "école" → "École".
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper_latin(first)).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_letters_get_their_capital() {
        assert_eq!(capitalise("sans diplôme"), "Sans diplôme");
        assert_eq!(capitalise("école"), "École");
        assert_eq!(capitalise("à distance"), "À distance");
        assert_eq!(capitalise("œuvre"), "Œuvre");
        assert_eq!(capitalise("ÿ"), "Ÿ");
        assert_eq!(capitalise("Déjà"), "Déjà");
        assert_eq!(capitalise(""), "");
        assert_eq!(capitalise("42 heures"), "42 heures");
        assert_eq!(capitalise("÷"), "÷");
        assert_eq!(capitalise("ßeta"), "ßeta");
    }

    #[test]
    fn agrees_with_unicode_on_every_latin_letter_it_maps() {
        for c in ('a'..='z').chain('\u{e0}'..='\u{fe}').chain(['ÿ', 'œ']) {
            let unicode: Vec<char> = c.to_uppercase().collect();
            if unicode.len() == 1 {
                assert_eq!(upper_latin(c), unicode[0], "{c}");
            }
        }
    }
}
