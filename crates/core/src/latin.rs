//! Upper and lower case for French text and commune names, without the Unicode case tables.
//!
//! A leaf module (it uses nothing of the crate): `geo` folds commune names with it and `text`
//! capitalises sentences with it (`text::case` is this module).
//!
//! `char::to_uppercase` and `char::to_lowercase` each pull about 12 KB of tables into the
//! WebAssembly for the whole of Unicode; the app only changes the case of its own French and
//! English sentences, catalogue texts and French commune names, whose letters are Latin. Any
//! other letter is left as it is.

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

/// The small letter of a Latin capital (ASCII, Latin-1, Œ, Ÿ, and the Ć Č Ě Ń Š Ž that the
/// commune-name folding knows); any other character unchanged.
pub fn lower_latin(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // Latin-1 capitals sit 0x20 below their small letters, except × (a sign).
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ÿ' => 'ÿ',
        'Œ' => 'œ',
        // In Latin Extended-A these capitals are followed by their small letter.
        'Ć' | 'Č' | 'Ě' | 'Ń' | 'Š' | 'Ž' => char::from_u32(c as u32 + 1).unwrap_or(c),
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
    fn lower_case_agrees_with_unicode_on_latin_1_and_the_letters_it_maps() {
        let extra = ['Ÿ', 'Œ', 'Ć', 'Č', 'Ě', 'Ń', 'Š', 'Ž'];
        for c in ('\u{0}'..='\u{ff}').chain(extra) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            assert_eq!(vec![lower_latin(c)], unicode, "{c}");
        }
        assert_eq!(lower_latin('Ω'), 'Ω', "outside Latin: unchanged");
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
