//! The live contrast result of the colour fields, from core's `Theme::from_colours`: what the
//! app will do with the colours asked for, in one sentence.

use aiguillage_core::embed::{contrast_ratio, Colour, Theme};
use aiguillage_core::Lang;

use super::texts::{fill, Texts};

/// What the colour fields give.
#[derive(Clone, Debug, PartialEq)]
pub enum Contrast {
    /// No colour asked: the app's own.
    Default,
    /// A field holds something that is not a colour.
    Invalid,
    /// The colours pass AA as asked.
    Readable { ratio: f64 },
    /// The primary colour was darkened (and maybe the text colour refused).
    Adjusted {
        asked: String,
        used: String,
        ratio: f64,
        before: f64,
        text_refused: bool,
    },
}

/// The result for the typed primary and text colours (empty = not set).
pub fn contrast(primary: &str, text: &str) -> Contrast {
    let (primary, text) = (primary.trim(), text.trim());
    if primary.is_empty() {
        return if text.is_empty() || Colour::parse(text).is_ok() {
            Contrast::Default
        } else {
            Contrast::Invalid
        };
    }
    let Ok(asked) = Colour::parse(primary) else {
        return Contrast::Invalid;
    };
    let text = match text {
        "" => None,
        t => match Colour::parse(t) {
            Ok(c) => Some(c),
            Err(_) => return Contrast::Invalid,
        },
    };
    let theme = Theme::from_colours(asked, text);
    match theme.adjustment {
        None => Contrast::Readable {
            ratio: contrast_ratio(theme.primary, theme.on_primary),
        },
        Some(a) => Contrast::Adjusted {
            asked: a.asked.to_hex(),
            used: a.used.to_hex(),
            ratio: a.ratio_used,
            before: a.ratio_asked,
            text_refused: a.text_refused.is_some(),
        },
    }
}

/// A ratio with one decimal, rounded down so that it never reads better than it is (4.49 is
/// « 4,4 », not « 4,5 »), with the language's decimal mark.
pub fn ratio_text(ratio: f64, lang: Lang) -> String {
    let tenths = (ratio * 10.0).floor() as u32;
    let mark = if lang == Lang::En { "." } else { "," };
    format!("{}{mark}{}", tenths / 10, tenths % 10)
}

/// The sentence said under the colour fields.
pub fn sentence(c: &Contrast, t: &Texts, lang: Lang) -> String {
    match c {
        Contrast::Default => t.default_colours.to_string(),
        Contrast::Invalid => t.colour_invalid.to_string(),
        Contrast::Readable { ratio } => {
            fill(t.contrast_ok, &[("ratio", &ratio_text(*ratio, lang))])
        }
        Contrast::Adjusted {
            asked,
            used,
            ratio,
            before,
            text_refused,
        } => {
            let mut s = fill(
                t.contrast_adjusted,
                &[
                    ("asked", asked),
                    ("used", used),
                    ("ratio", &ratio_text(*ratio, lang)),
                    ("before", &ratio_text(*before, lang)),
                ],
            );
            if *text_refused {
                s.push(' ');
                s.push_str(t.text_refused);
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fr::FR;
    use super::*;

    #[test]
    fn a_yellow_too_light_for_white_text_is_said_darkened_with_both_ratios() {
        let c = contrast("#ffff00", "");
        let Contrast::Adjusted {
            asked,
            used,
            ratio,
            before,
            text_refused,
        } = &c
        else {
            panic!("{c:?}");
        };
        assert_eq!(asked, "#ffff00");
        assert_ne!(used, "#ffff00");
        assert!(*ratio >= 4.5 && *before < 1.1, "{ratio} {before}");
        assert!(!text_refused);
        let s = sentence(&c, &FR, Lang::Fr);
        assert!(s.starts_with("Couleur assombrie de #ffff00 en #"), "{s}");
        assert!(s.contains("(au lieu de 1,0\u{a0}:\u{a0}1)"), "{s}");
    }

    #[test]
    fn a_dark_blue_passes_as_asked_and_says_its_ratio() {
        let c = contrast("#005a9c", "");
        assert!(matches!(c, Contrast::Readable { ratio } if ratio > 4.5));
        assert!(sentence(&c, &FR, Lang::Fr).starts_with("Contraste de 7,"));
    }

    #[test]
    fn no_colour_is_the_apps_and_a_wrong_one_is_said_wrong() {
        assert_eq!(contrast("", ""), Contrast::Default);
        assert_eq!(contrast(" ", "#000000"), Contrast::Default);
        assert_eq!(contrast("rouge", ""), Contrast::Invalid);
        assert_eq!(contrast("#005a9c", "#12"), Contrast::Invalid);
        assert_eq!(contrast("", "blanc"), Contrast::Invalid);
    }

    #[test]
    fn ratios_are_rounded_down_with_the_languages_decimal_mark() {
        assert_eq!(ratio_text(4.49, Lang::Fr), "4,4");
        assert_eq!(ratio_text(4.5, Lang::En), "4.5");
        assert_eq!(ratio_text(21.0, Lang::Fr), "21,0");
    }
}
