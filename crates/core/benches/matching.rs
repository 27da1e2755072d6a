//! Benchmarks on a generated catalogue of 100 000 sessions over 5 000 places (10 000 courses):
//! matching + ranking + explaining the top 50, and JSON parse + validation.
//! Also prints the peak heap used by parse + validation (counting allocator).
//!
//! Run: `cargo bench -p aiguillage-core` (add `-- --quick` for a fast pass).

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

use aiguillage_core::catalogue::{Catalogue, Limits};
use aiguillage_core::geo::GeoPoint;
use aiguillage_core::matching::{match_profile, Options};
use aiguillage_core::profile::*;
use aiguillage_core::{Date, Profile};
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[path = "support/generate.rs"]
mod generate;

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const MB: f64 = 1024.0 * 1024.0;

fn today() -> Date {
    Date::new(2026, 11, 23).expect("valid date")
}

fn limits() -> Limits {
    Limits {
        max_document_bytes: 64 * 1024 * 1024,
        ..Limits::default()
    }
}

fn json_catalogue() -> String {
    let records = generate::generate(42, 100_000, 5_000, 10_000, today());
    let (cat, issues) = Catalogue::from_records(records, &limits());
    assert!(
        issues.is_empty(),
        "generated catalogue has issues: {:?}",
        issues.first()
    );
    cat.to_json()
}

fn profiles(cat: &Catalogue) -> Vec<(&'static str, Profile)> {
    let centre = cat.places()[0].point().expect("valid point");
    let mut young = Profile::new(
        Age::new(19),
        EducationLevel::SansDiplome,
        Situation::JeuneSansEmploiNiFormation,
    );
    young.location = Some(Location::Point {
        point: GeoPoint::new(centre.lat + 0.05, centre.lon - 0.03).expect("valid"),
    });
    young.radius = Radius::Km20;
    young.interests = [Domain::DeveloppementWebMobile, Domain::DesignUxUi]
        .into_iter()
        .collect();
    young.constraints.start = Some(StartWindow::Moins6Mois);

    let mut adult = Profile::new(
        Age::new(45),
        EducationLevel::Bac2,
        Situation::DemandeurEmploiInscrit,
    );
    adult.location = young.location.clone();
    adult.radius = Radius::Km5;
    adult.remote_ok = true;
    adult.interests = [Domain::DataIa].into_iter().collect();
    adult.constraints.rhythms = vec![Rhythm::TempsPlein];

    let mut nowhere = Profile::new(Age::new(30), EducationLevel::Bac, Situation::Autre);
    nowhere.location = Some(Location::Point {
        point: GeoPoint::new(-45.0, 170.0).expect("valid"),
    });
    nowhere.radius = Radius::Km10;
    vec![
        ("young-20km", young),
        ("jobseeker-5km-remote", adult),
        ("far-away-widening", nowhere),
    ]
}

/// Median wall time of `runs` calls, in ms (criterion reports means; the issue asks for medians).
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}

fn bench(c: &mut Criterion) {
    let json = json_catalogue();
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let (cat, issues) = Catalogue::from_json_with(&json, &limits());
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let kept = LIVE.load(Ordering::Relaxed) - before;
    assert!(issues.is_empty());
    println!(
        "catalogue: {} sessions, {} places, {} courses; JSON {:.1} MB",
        cat.sessions().len(),
        cat.places().len(),
        cat.courses().len(),
        json.len() as f64 / MB
    );
    println!(
        "parse+validation heap: peak {:.1} MB above the input, catalogue kept {:.1} MB; with the input text: {:.1} MB",
        peak as f64 / MB,
        kept as f64 / MB,
        (peak + json.len()) as f64 / MB
    );

    let parse_median = median_ms(9, || {
        black_box(Catalogue::from_json_with(black_box(&json), &limits()));
    });
    println!("MEDIAN parse+validation of 100k sessions: {parse_median:.1} ms (9 runs)");
    let opts = Options::new(today());
    for (name, p) in profiles(&cat) {
        let m = median_ms(101, || {
            black_box(match_profile(black_box(&p), &cat, &opts));
        });
        println!("MEDIAN match+rank+explain top 50, {name}: {m:.2} ms (101 runs)");
    }

    let mut g = c.benchmark_group("catalogue");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(5));
    g.bench_function("parse_validate_100k_sessions", |b| {
        b.iter(|| {
            let (cat, issues) = Catalogue::from_json_with(black_box(&json), &limits());
            black_box((cat.sessions().len(), issues.len()))
        })
    });
    g.finish();

    let mut g = c.benchmark_group("match_top50");
    g.sample_size(50).measurement_time(Duration::from_secs(5));
    for (name, p) in profiles(&cat) {
        let o = match_profile(&p, &cat, &opts);
        println!(
            "{name}: {} results (of {}), {} near misses, widening {:?}",
            o.results.len(),
            o.total_results,
            o.near_misses.len(),
            o.widening
        );
        g.bench_function(name, |b| {
            b.iter(|| black_box(match_profile(black_box(&p), &cat, &opts)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
