//! The host's colours (`couleur`, `couleur-texte`), made readable: a primary colour that fails
//! WCAG AA (4.5:1) against its text colour, or as link text on the white page, is darkened
//! step by step, keeping its hue, until it passes; the adjustment is reported. Links get their
//! own shade, darkened further until it passes on every background links sit on
//! ([`LINK_BACKGROUNDS`]: a primary that just passes on white fails on the tinted panels).

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour {
    r: u8,
    g: u8,
    b: u8,
}

/// White: the default text colour on the primary colour, and the page background.
pub const WHITE: Colour = Colour::new(255, 255, 255);

/// WCAG 2.1 AA for normal text.
pub const AA: f64 = 4.5;

/// The backgrounds a link can sit on, as style/main.css names them (a native test of the app
/// checks each custom property's value there): the page, the surfaces (cards, summary), the
/// notices and the error notices.
pub const LINK_BACKGROUNDS: [(&str, Colour); 4] = [
    ("--color-bg", WHITE),
    ("--color-surface", Colour::new(0xf3, 0xf5, 0xfb)),
    ("--color-notice-bg", Colour::new(0xff, 0xf4, 0xd6)),
    ("--color-error-bg", Colour::new(0xfd, 0xec, 0xec)),
];

/// Why a text is not a colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAColour;

impl Colour {
    /// A colour from its channels.
    pub const fn new(r: u8, g: u8, b: u8) -> Colour {
        Colour { r, g, b }
    }

    /// Parses `#005a9c` or `#05a` (case-insensitive; the `#` may be left out, as it has to be
    /// written `%23` in an address).
    pub fn parse(s: &str) -> Result<Colour, NotAColour> {
        let s = s.trim();
        let hex = s.strip_prefix('#').unwrap_or(s);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(NotAColour);
        }
        let digit = |i: usize| u8::from_str_radix(hex.get(i..=i).unwrap_or("x"), 16).ok();
        let channel = |i: usize, long: bool| -> Option<u8> {
            if long {
                Some(digit(2 * i)? * 16 + digit(2 * i + 1)?)
            } else {
                Some(digit(i)? * 17)
            }
        };
        let long = match hex.len() {
            6 => true,
            3 => false,
            _ => return Err(NotAColour),
        };
        match (channel(0, long), channel(1, long), channel(2, long)) {
            (Some(r), Some(g), Some(b)) => Ok(Colour { r, g, b }),
            _ => Err(NotAColour),
        }
    }

    /// `#005a9c` (lower case, six digits).
    pub fn to_hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// The channels.
    pub fn rgb(&self) -> (u8, u8, u8) {
        (self.r, self.g, self.b)
    }

    /// WCAG 2.1 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(&self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                let x = (c + 0.055) / 1.055;
                x * x * pow_fraction(x, 0.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// Every channel times `k` (0–1): darker, same hue and saturation.
    fn scaled(&self, k: f64) -> Colour {
        let s = |c: u8| (f64::from(c) * k).round().clamp(0.0, 255.0) as u8;
        Colour::new(s(self.r), s(self.g), s(self.b))
    }

    /// `k` of the way to white (0–1): lighter, same hue.
    fn lightened(&self, k: f64) -> Colour {
        let s = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * k).round() as u8;
        Colour::new(s(self.r), s(self.g), s(self.b))
    }
}

/// `x^e` for `0 < x` and `0 <= e < 1` from square roots only (`x^(1/2)`, `x^(1/4)`… times the
/// bits of `e`): a general `powf` would bring libm's `pow` into the wasm; 30 roots are exact
/// to about 1e-9 relative.
fn pow_fraction(x: f64, mut e: f64) -> f64 {
    let mut result = 1.0;
    let mut root = x;
    for _ in 0..30 {
        root = root.sqrt();
        e *= 2.0;
        if e >= 1.0 {
            result *= root;
            e -= 1.0;
        }
    }
    result
}

/// The WCAG 2.1 contrast ratio, 1 to 21.
pub fn contrast_ratio(a: Colour, b: Colour) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The colours the app uses: `--color-primary`, its text colour, `--color-primary-hover`,
/// `--color-link`, `--color-link-hover`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Buttons, links, focus (`--color-primary`): readable with `on_primary` and on white.
    pub primary: Colour,
    /// Text on `primary`.
    pub on_primary: Colour,
    /// Buttons under the pointer (`--color-primary-hover`), still readable with `on_primary`.
    pub hover: Colour,
    /// Link text (`--color-link`): `primary`, or a darker shade of it, readable on every one
    /// of [`LINK_BACKGROUNDS`].
    pub link: Colour,
    /// Links under the pointer (`--color-link-hover`): darker still.
    pub link_hover: Colour,
    /// Set when the asked colours did not pass and were changed.
    pub adjustment: Option<Adjustment>,
}

/// How the asked primary colour was changed to pass AA.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Adjustment {
    /// The colour asked for.
    pub asked: Colour,
    /// The colour used.
    pub used: Colour,
    /// Contrast of the asked colour with its text colour.
    pub ratio_asked: f64,
    /// Contrast of the used colour with its text colour (≥ 4.5).
    pub ratio_used: f64,
    /// The asked text colour, when no shade of the primary colour that also reads as link
    /// text on white could carry it: white is used instead.
    pub text_refused: Option<Colour>,
}

/// Each darkening step keeps 99 % of every channel: about 2 % of luminance, finer than the
/// window a mid-tone has between dark text and the white page (about 4.5 %).
const STEP: f64 = 0.99;

/// The first shade of `asked` (darkening from it) that passes AA with `text` and on white.
fn readable_shade(asked: Colour, text: Colour) -> Option<Colour> {
    let mut k = 1.0;
    while k > 0.0 {
        let c = asked.scaled(k);
        if contrast_ratio(c, text) >= AA && contrast_ratio(c, WHITE) >= AA {
            return Some(c);
        }
        if c == Colour::new(0, 0, 0) {
            return None;
        }
        k *= STEP;
    }
    None
}

/// The first shade of `c` (darkening from it) that passes AA on every link background; black
/// passes on all of them (the darkest, `--color-error-bg`, at about 18:1).
fn link_shade(c: Colour) -> Colour {
    let mut k = 1.0;
    loop {
        let shade = c.scaled(k);
        let passes = LINK_BACKGROUNDS
            .iter()
            .all(|(_, bg)| contrast_ratio(shade, *bg) >= AA);
        if passes || shade == Colour::new(0, 0, 0) {
            return shade;
        }
        k *= STEP;
    }
}

impl Theme {
    /// The colours asked for, which [`Theme::from_colours`] turns into this theme again:
    /// `(couleur, couleur-texte)` (no text colour when white was asked or meant).
    pub fn asked(&self) -> (Colour, Option<Colour>) {
        let primary = self.adjustment.map_or(self.primary, |a| a.asked);
        let text = match self.adjustment.and_then(|a| a.text_refused) {
            Some(refused) => Some(refused),
            None => (self.on_primary != WHITE).then_some(self.on_primary),
        };
        (primary, text)
    }

    /// The theme of a primary colour and its text colour (white by default).
    pub fn from_colours(primary: Colour, text: Option<Colour>) -> Theme {
        let asked_text = text.unwrap_or(WHITE);
        let (used, on_primary) = match readable_shade(primary, asked_text) {
            Some(c) => (c, asked_text),
            // Black passes on white at 21:1, so white text always finds a shade.
            None => (
                readable_shade(primary, WHITE).unwrap_or(Colour::new(0, 0, 0)),
                WHITE,
            ),
        };
        let text_refused = (on_primary != asked_text).then_some(asked_text);
        let adjustment = (used != primary || text_refused.is_some()).then(|| Adjustment {
            asked: primary,
            used,
            ratio_asked: contrast_ratio(primary, asked_text),
            ratio_used: contrast_ratio(used, on_primary),
            text_refused,
        });
        // Hover moves away from the text colour so it stays readable: darker under light
        // text, lighter under dark text.
        let hover = if on_primary.luminance() > used.luminance() {
            used.scaled(0.85)
        } else {
            used.lightened(0.15)
        };
        let link = link_shade(used);
        Theme {
            primary: used,
            on_primary,
            hover,
            link,
            link_hover: link.scaled(0.85),
            adjustment,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Colour {
        Colour::parse(s).unwrap()
    }

    #[test]
    fn a_colour_is_read_in_six_or_three_digits_and_written_in_six() {
        assert_eq!(c("#005a9c").rgb(), (0, 0x5a, 0x9c));
        assert_eq!(c("#05A").to_hex(), "#0055aa");
        assert_eq!(c("005a9c").to_hex(), "#005a9c");
        for bad in [
            "", "#", "#12", "#1234", "#12345g", "#+12345", "red", "#ффф", "#0055aa0",
        ] {
            assert_eq!(Colour::parse(bad), Err(NotAColour), "{bad}");
        }
    }

    #[test]
    fn contrast_ratios_are_those_of_wcag() {
        assert!((contrast_ratio(WHITE, Colour::new(0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(c("#777"), c("#777")) - 1.0).abs() < 1e-12);
        // #767676 is the lightest grey that passes on white (4.54:1), #777777 fails (4.48:1).
        assert!((contrast_ratio(c("#767676"), WHITE) - 4.54).abs() < 0.01);
        assert!(contrast_ratio(c("#777777"), WHITE) < AA);
        // Symmetric.
        assert_eq!(
            contrast_ratio(c("#005a9c"), WHITE),
            contrast_ratio(WHITE, c("#005a9c"))
        );
    }

    #[test]
    fn yellow_is_darkened_until_white_text_reads_on_it() {
        let t = Theme::from_colours(c("#ffff00"), None);
        let a = t.adjustment.expect("yellow fails with white");
        assert_eq!(a.asked, c("#ffff00"));
        assert!(a.ratio_asked < 1.1);
        assert!(contrast_ratio(t.primary, WHITE) >= AA);
        assert!(a.ratio_used >= AA);
        // Darkened no more than needed: just above the threshold.
        assert!(contrast_ratio(t.primary, WHITE) < 4.7);
        // Same hue: red and green stay equal, blue stays 0.
        let (r, g, b) = t.primary.rgb();
        assert_eq!((r, b), (g, 0));
        assert_eq!(t.on_primary, WHITE);
        assert!(contrast_ratio(t.hover, WHITE) >= AA);
    }

    #[test]
    fn a_colour_that_already_passes_is_kept() {
        let t = Theme::from_colours(c("#005a9c"), None);
        assert_eq!(t.primary, c("#005a9c"));
        assert_eq!(t.adjustment, None);
        assert!(contrast_ratio(t.hover, WHITE) > contrast_ratio(t.primary, WHITE));
    }

    #[test]
    fn with_dark_text_the_primary_passes_both_with_its_text_and_as_a_link_on_white() {
        let t = Theme::from_colours(c("#ffff00"), Some(Colour::new(0, 0, 0)));
        assert_eq!(t.on_primary, Colour::new(0, 0, 0));
        assert!(contrast_ratio(t.primary, t.on_primary) >= AA);
        assert!(contrast_ratio(t.primary, WHITE) >= AA);
        assert!(contrast_ratio(t.hover, t.on_primary) >= AA);
        assert_eq!(t.adjustment.unwrap().text_refused, None);
    }

    #[test]
    fn a_text_colour_no_shade_can_read_with_is_replaced_by_white() {
        // Navy text on navy: no darker navy reads under navy text and on white.
        let t = Theme::from_colours(c("#000080"), Some(c("#000040")));
        assert_eq!(t.on_primary, WHITE);
        assert_eq!(t.adjustment.unwrap().text_refused, Some(c("#000040")));
        assert!(contrast_ratio(t.primary, WHITE) >= AA);
    }

    #[test]
    fn a_primary_that_just_passes_on_white_gets_a_darker_link_for_the_tinted_panels() {
        // Yellow darkened for white text stops just above 4.5:1 on white (4.5–4.7), below it
        // on #fff4d6: the link shade is darker, the primary (buttons) unchanged.
        let t = Theme::from_colours(c("#ffff00"), None);
        let notice = LINK_BACKGROUNDS[2].1;
        assert!(contrast_ratio(t.primary, notice) < AA);
        assert!(contrast_ratio(t.link, notice) >= AA);
        assert!(t.link.luminance() < t.primary.luminance());
        // A dark primary keeps its shade for links.
        let navy = Theme::from_colours(c("#1d3a8a"), None);
        assert_eq!(navy.link, navy.primary);
    }

    #[test]
    fn the_link_background_table_holds_each_custom_property_once() {
        let mut names: Vec<&str> = LINK_BACKGROUNDS.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), LINK_BACKGROUNDS.len());
        assert_eq!(LINK_BACKGROUNDS[0].1, WHITE);
    }

    proptest::proptest! {
        /// Every colour and text colour asked: the link and its hover pass AA on every
        /// background links sit on, the primary passes with its text and on white.
        #[test]
        fn every_theme_s_links_pass_on_every_link_background(
            r in 0u8..=255, g in 0u8..=255, b in 0u8..=255,
            text in proptest::option::of((0u8..=255, 0u8..=255, 0u8..=255)),
        ) {
            let text = text.map(|(r, g, b)| Colour::new(r, g, b));
            let t = Theme::from_colours(Colour::new(r, g, b), text);
            for (name, bg) in LINK_BACKGROUNDS {
                proptest::prop_assert!(contrast_ratio(t.link, bg) >= AA, "{} on {name}", t.link.to_hex());
                proptest::prop_assert!(contrast_ratio(t.link_hover, bg) >= AA, "{} on {name}", t.link_hover.to_hex());
            }
            proptest::prop_assert!(contrast_ratio(t.primary, t.on_primary) >= AA);
            proptest::prop_assert!(contrast_ratio(t.primary, WHITE) >= AA);
        }
    }
}
