//! Property test: `import()` never panics, whatever the bytes, for every format (the LHEO
//! importer now; the others as they land), and on damaged copies of a real-shaped LHEO feed.

use std::path::PathBuf;
use std::sync::OnceLock;

use aiguillage_catalogue::import::{import, Format, Options, Places, SourceName};
use aiguillage_core::Date;
use proptest::prelude::*;

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/communes");
        Places::load(&dir).unwrap()
    })
}

fn feed() -> &'static [u8] {
    static FEED: OnceLock<Vec<u8>> = OnceLock::new();
    FEED.get_or_init(|| {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lheo/lheo-2.3.xml");
        std::fs::read(path).unwrap()
    })
}

fn run(format: Format, bytes: &[u8]) {
    let options = Options::new(
        places(),
        SourceName::parse("prop").unwrap(),
        Date::new(2026, 12, 1).unwrap(),
    );
    // Any result is fine; a panic fails the test.
    let _ = import(format, bytes, &options);
}

const FORMATS: [Format; 4] = [
    Format::Lheo,
    Format::DataInclusion,
    Format::Cpf,
    Format::Csv,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_importer_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in FORMATS {
            run(format, &bytes);
        }
    }

    #[test]
    fn the_lheo_importer_does_not_panic_on_a_damaged_feed(
        cut in 0usize..8000,
        flips in proptest::collection::vec((0usize..8000, any::<u8>()), 0..8),
    ) {
        let mut bytes = feed().to_vec();
        for (at, b) in flips {
            if let Some(x) = bytes.get_mut(at % feed().len()) {
                *x = b;
            }
        }
        bytes.truncate(cut % (feed().len() + 1));
        run(Format::Lheo, &bytes);
    }

    #[test]
    fn the_lheo_importer_does_not_panic_on_arbitrary_text_inside_elements(
        text in "\\PC{0,200}",
    ) {
        let escaped = text.replace('&', "&amp;").replace('<', "&lt;");
        let feed = String::from_utf8_lossy(feed()).into_owned();
        for element in ["intitule-formation", "debut", "latitude", "urlweb", "code-INSEE-commune", "prix-total-TTC"] {
            let open = format!("<{element}>");
            if let Some(start) = feed.find(&open) {
                let from = start + open.len();
                if let Some(len) = feed[from..].find('<') {
                    let damaged = format!("{}{}{}", &feed[..from], escaped, &feed[from + len..]);
                    run(Format::Lheo, damaged.as_bytes());
                }
            }
        }
    }
}
