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
        stdout(&o).contains("catalogue.json: 0 error(s)"),
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
    assert!(out.contains("1 error(s); kept 1 providers"), "{out}");
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
