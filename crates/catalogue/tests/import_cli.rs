//! `aiguillage-catalogue import`: output file or stdout, report on stderr, exit codes, the
//! size cap checked before reading.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lheo")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aiguillage-catalogue"))
        .arg("--root")
        .arg(root())
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("aiguillage-import-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn import_writes_a_catalogue_that_validate_accepts_and_prints_the_report_on_stderr() {
    let dir = temp_dir("ok");
    let out = dir.join("lheo.json");
    let feed = fixture("lheo-2.3.xml");
    let o = run(&[
        "import",
        "--format",
        "lheo",
        feed.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--source",
        "nancy",
        "--today",
        "2026-12-01",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty(), "with -o nothing goes to stdout");
    let report = text(&o.stderr);
    assert!(
        report.contains("Lus\u{a0}: 3\u{a0}; importés\u{a0}: 2\u{a0}; ignorés\u{a0}: 1."),
        "{report}"
    );
    assert!(report.contains("hors numérique"), "{report}");
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(
        json.contains("\"nancy:A-DEV-1\""),
        "ids namespaced by --source"
    );
    let v = run(&["validate", out.to_str().unwrap()]);
    assert!(v.status.success(), "{}", text(&v.stdout));
    assert!(text(&v.stdout).contains("0 errors"), "{}", text(&v.stdout));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn import_without_output_prints_the_json_and_reports_in_english_with_lang_en() {
    let feed = fixture("lheo-2.2.xml");
    let o = run(&[
        "--lang",
        "en",
        "import",
        "--format",
        "lheo",
        feed.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert!(
        text(&o.stderr).contains("Read: 1; imported: 1; skipped: 0."),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn import_of_an_empty_or_foreign_file_fails_with_an_actionable_message() {
    let o = run(&[
        "import",
        "--format",
        "lheo",
        fixture("vide.xml").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("le fichier est vide"),
        "{}",
        text(&o.stderr)
    );
    let o = run(&[
        "import",
        "--format",
        "lheo",
        fixture("mauvais-namespace.xml").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("espace de noms"),
        "{}",
        text(&o.stderr)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn import_of_a_missing_file_fails_and_names_it() {
    let o = run(&["import", "--format", "lheo", "/nonexistent/flux.xml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("/nonexistent/flux.xml"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_2_gb_file_is_refused_from_its_size_before_being_read() {
    let dir = temp_dir("huge");
    let path = dir.join("huge.xml");
    // Sparse: 2 GiB announced, no block written.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(2 * 1024 * 1024 * 1024).unwrap();
    drop(file);
    let o = run(&["import", "--format", "lheo", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("dépasse 256\u{a0}Mio"),
        "{}",
        text(&o.stderr)
    );
    // The file is NUL bytes: read as a stream, it would be refused as malformed XML at its first
    // byte. Refused for its size, it was refused from its metadata, before any read.
    std::fs::remove_dir_all(&dir).ok();
}
