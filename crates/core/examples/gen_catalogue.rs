//! Writes the benchmark's generated catalogue (same generator and seed as `benches/matching.rs`:
//! 100 000 sessions over 5 000 places and 10 000 courses) as JSON, for measuring the app on it.
//!
//! Run: `cargo run --release -p aiguillage-core --example gen_catalogue -- OUT.json [SESSIONS]`
//! (`cargo xtask bench-ui` runs it and serves the file at `/bench/catalogue-100k.json`).

use aiguillage_core::catalogue::{Catalogue, Limits};
use aiguillage_core::Date;
use std::process::ExitCode;

#[path = "../benches/support/generate.rs"]
mod generate;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: gen_catalogue OUT.json [SESSIONS (default 100000)]");
        return ExitCode::FAILURE;
    };
    let sessions: usize = match args.next().map(|s| s.parse()) {
        None => 100_000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("gen_catalogue: SESSIONS: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The benchmark's proportions: 20 sessions per place, 10 per course.
    let places = (sessions / 20).max(1);
    let courses = (sessions / 10).max(1);
    let today = Date::new(2026, 11, 23).expect("valid date");
    let records = generate::generate(42, sessions, places, courses, today);
    let limits = Limits {
        max_document_bytes: 64 * 1024 * 1024,
        ..Limits::default()
    };
    let (catalogue, issues) = Catalogue::from_records(records, &limits);
    if let Some(issue) = issues.first() {
        eprintln!("gen_catalogue: the generated catalogue has issues: {issue:?}");
        return ExitCode::FAILURE;
    }
    let json = catalogue.to_json();
    if let Err(e) = std::fs::write(&out, &json) {
        eprintln!("gen_catalogue: cannot write {out}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{out}: {} sessions, {} places, {} courses, {:.1} MB",
        catalogue.sessions().len(),
        catalogue.places().len(),
        catalogue.courses().len(),
        json.len() as f64 / (1024.0 * 1024.0)
    );
    ExitCode::SUCCESS
}
