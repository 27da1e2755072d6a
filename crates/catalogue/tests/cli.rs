//! The binary itself: exit codes and output of `validate` and `stats`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aiguillage-catalogue"))
        .arg("--root")
        .arg(root())
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

#[test]
fn validate_the_bundled_catalogue_succeeds() {
    let o = run(&["validate"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("catalogue.json: 0 errors;"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn validate_a_broken_file_fails_and_lists_each_issue() {
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/unknown-enum.json");
    let o = run(&["--lang", "en", "validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("courses[0] (id \"ecole-enum-zoom\"), field `domains[0]`"),
        "{out}"
    );
    assert!(
        out.contains("1 error; kept providers: 1, places: 0, courses: 0"),
        "{out}"
    );
}

#[test]
fn validate_a_missing_file_says_which() {
    let o = run(&["validate", "/nonexistent/catalogue.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/catalogue.json"));
}

#[test]
fn stats_prints_one_key_value_line_each() {
    let o = run(&["stats"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let keys: Vec<&str> = out
        .lines()
        .map(|l| l.split(": ").next().unwrap_or(""))
        .collect();
    assert_eq!(
        keys,
        [
            "providers",
            "places",
            "courses",
            "sessions",
            "departments",
            "help_places",
            "communes",
            "communes_with_coordinates"
        ]
    );
    let value = |k: &str| -> usize {
        out.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}: ")))
            .and_then(|v| v.parse().ok())
            .unwrap()
    };
    assert!(value("help_places") >= 687);
    // 34,969 communes and the 45 arrondissements of Paris, Lyon and Marseille.
    assert_eq!(value("communes"), 35_014);
    assert!(value("communes_with_coordinates") >= 34_800);
}

/// A file in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("aiguillage-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

const EXAMPLE: &str = include_str!("../../core/tests/fixtures/catalogue-example.json");

fn one_course_with(field: &str, value: &str) -> String {
    format!(
        r#"{{"schema_version":1,"providers":[{{"id":"p","name":"P"}}],"courses":[{{"id":"c","provider":"p","title":"T","domains":["data-ia"],"source_url":"https://example.org/","verified_on":"2026-11-01","{field}":{value}}}]}}"#
    )
}

#[test]
fn validate_prints_terminal_control_sequences_from_values_escaped() {
    let hostile =
        serde_json::to_string("\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}[1A\u{1b}[2K\r\u{9b}31m").unwrap();
    let f = TempFile::new(
        "escapes.json",
        one_course_with("modality", &hostile).as_bytes(),
    );
    let o = run(&["validate", f.path()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    for raw in ['\u{1b}', '\u{7}', '\r', '\u{9b}'] {
        assert!(!out.contains(raw), "raw {raw:?} in {out:?}");
    }
    assert!(out.contains("\\u{1b}[2J"), "{out}");
    assert!(out.contains("\\u{7}"), "{out}");
}

#[test]
fn validate_truncates_a_ten_megabyte_value_in_its_message() {
    let huge = format!("\"{}\"", "z".repeat(10 * 1024 * 1024));
    let f = TempFile::new(
        "huge-enum.json",
        one_course_with("modality", &huge).as_bytes(),
    );
    let o = run(&["validate", f.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.len() < 4_000, "{} bytes printed", o.stdout.len());
    assert!(stdout(&o).contains("zzz…"), "{}", stdout(&o));
}

#[test]
fn validate_dev_zero_stops_at_the_size_limit() {
    // /dev/zero never ends: the command returning at all, with the limit in its message, proves
    // it stopped reading at the cap (no clock: speed is measured in benchmarks, not in tests).
    let o = run(&["--lang", "en", "validate", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("over the 33554432-byte limit"), "{out}");
}

#[test]
fn validate_accepts_a_utf8_byte_order_mark() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(EXAMPLE.as_bytes());
    let f = TempFile::new("bom.json", &bytes);
    let o = run(&["validate", f.path()]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stdout(&o).contains(": 0 errors;"), "{}", stdout(&o));
}

#[test]
fn validate_refuses_latin1_and_says_to_save_as_utf8() {
    let latin1 = b"{\"schema_version\":1,\"name\":\"D\xE9veloppeur\"}";
    let f = TempFile::new("latin1.json", latin1);
    let o = run(&["validate", f.path()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("n'est pas en UTF-8"), "{out}");
    assert!(out.contains("enregistrez-le en UTF-8"), "{out}");
    assert!(!out.contains('\u{fffd}'), "{out}");
}

#[test]
fn validate_wrong_types_names_the_fields_and_keeps_the_other_arrays() {
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/wrong-types.json");
    let o = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("champ `places`\u{a0}: type incorrect"),
        "{out}"
    );
    assert!(
        out.contains(
            "(id « ecole-types-web »), champ `duration_hours`\u{a0}: type incorrect\u{a0}: un texte"
        ),
        "{out}"
    );
    assert!(!out.contains("invalid type"), "{out}");
    assert!(
        out.contains("2 errors; kept providers: 1, places: 0, courses: 1"),
        "{out}"
    );
}

#[test]
fn an_unknown_language_is_refused_with_the_codes_to_use() {
    let o = run(&["--lang", "de", "validate"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unknown language \"de\"; use one of: fr, facile, en"),
        "{err}"
    );
}

#[test]
fn validate_speaks_easy_french_with_lang_facile() {
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/wrong-types.json");
    let french = stdout(&run(&["validate", file.to_str().unwrap()]));
    let o = run(&["--lang", "facile", "validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("identifiant « ecole-types-web », champ `duration_hours`\u{a0}: mauvais type"),
        "{out}"
    );
    assert_ne!(out, french, "easy French has its own sentences");
}
