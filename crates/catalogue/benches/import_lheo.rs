//! Benchmark of the LHEO importer (issue 13): a generated feed of 20 000 actions and 50 000
//! sessions, imported natively, then serialised as the CLI writes it. Each run is a fresh
//! child process so that its peak memory (`VmHWM` of /proc/self/status) is its own; the
//! medians of 5 runs are printed. Run: `cargo bench -p aiguillage-catalogue --bench import_lheo`.

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use aiguillage_catalogue::import::{import, Format, Options, Places, SourceName};
use aiguillage_core::Date;

const FORMATIONS: usize = 10_000;
const ACTIONS_PER_FORMATION: usize = 2;
/// 20 000 actions: half with 3 sessions, half with 2 → 50 000 sessions.
const RUNS: usize = 5;

fn communes_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/communes")
}

/// Peak resident memory of this process, in KiB.
fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system) of this process in ms, from /proc/self/stat (fields 14–15, in
/// clock ticks of 1/100 s, Linux's USER_HZ): the wall time of a shared, loaded machine says
/// more about the neighbours than about the importer.
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) * 10.0)
}

/// A digital FORMACODE (most) or a non-digital one (every 10th formation), deterministic.
fn formacode(i: usize) -> &'static str {
    const DIGITAL: [&str; 8] = [
        "31088", "31006", "31051", "31028", "46270", "30965", "24231", "31034",
    ];
    if i % 10 == 9 {
        "34582"
    } else {
        DIGITAL[i % DIGITAL.len()]
    }
}

/// Writes the synthetic feed: real INSEE codes with their points (plus a small offset, as a
/// building's address), escaped HTML in descriptions, sessions over two years.
fn generate(path: &Path, places: &[(String, String, f64, f64)]) -> std::io::Result<u64> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<lheo xmlns="http://lheo.gouv.fr/2.3"><offres>"#)?;
    let mut action_no = 0usize;
    let mut session_no = 0usize;
    let mut block = String::with_capacity(16 * 1024);
    for f in 0..FORMATIONS {
        block.clear();
        let _ = writeln!(
            block,
            r#"<formation numero="F{f}"><domaine-formation><code-FORMACODE ref="V12">{code}</code-FORMACODE><code-ROME>M1805</code-ROME></domaine-formation>
<intitule-formation>Formation numérique n°{f}</intitule-formation>
<objectif-formation>&lt;p&gt;Acquérir les compétences &lt;b&gt;du numérique&lt;/b&gt; nécessaires au métier visé, module {f}.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Pratique&lt;/li&gt;&lt;li&gt;Projet&lt;/li&gt;&lt;/ul&gt;</objectif-formation>
<resultats-attendus>Attestation</resultats-attendus><contenu-formation>Contenu {f}</contenu-formation><certifiante>0</certifiante>
<contact-formation><coordonnees><courriel>contact@example.org</courriel></coordonnees></contact-formation><parcours-de-formation>1</parcours-de-formation>
<code-niveau-entree>{lvl}</code-niveau-entree><url-formation><urlweb>https://formation.example.org/f/{f}</urlweb></url-formation>
"#,
            code = formacode(f),
            lvl = [0, 1, 5, 14, 15][f % 5],
        );
        for a in 0..ACTIONS_PER_FORMATION {
            let (insee, postcode, lat, lon) = &places[(f * 7 + a * 13) % places.len()];
            let sessions = if action_no % 2 == 0 { 3 } else { 2 };
            let _ = writeln!(
                block,
                r#"<action numero="A{action_no}"><rythme-formation>Temps plein</rythme-formation><code-public-vise>80056</code-public-vise>
<niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>-</modalites-alternance><modalites-enseignement>{m}</modalites-enseignement>
<conditions-specifiques>-</conditions-specifiques><prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
<lieu-de-formation><coordonnees numero="L{action_no}"><ligne>Site {action_no}</ligne><adresse><ligne>{action_no} rue de l'Exemple</ligne><codepostal>{postcode}</codepostal><ville>Ville</ville><code-INSEE-commune>{insee}</code-INSEE-commune><geolocalisation><latitude>{la:.5}</latitude><longitude>{lo:.5}</longitude></geolocalisation></adresse></coordonnees></lieu-de-formation>
<modalites-entrees-sorties>0</modalites-entrees-sorties><url-action><urlweb>https://formation.example.org/a/{action_no}</urlweb></url-action>
"#,
                m = action_no % 2,
                la = lat + 0.001,
                lo = lon - 0.001,
            );
            for s in 0..sessions {
                let month = 1 + (session_no % 12);
                let _ = writeln!(
                    block,
                    r#"<session numero="S{session_no}"><periode><debut>2027{month:02}0{d}</debut><fin>2028{month:02}15</fin></periode><adresse-inscription><adresse><ligne>-</ligne><codepostal>{postcode}</codepostal><ville>Ville</ville></adresse></adresse-inscription><periode-inscription><periode><debut>20260101</debut><fin>2026{month:02}28</fin></periode></periode-inscription><etat-recrutement>{e}</etat-recrutement><extras><extra info="x">{s}</extra></extras></session>"#,
                    d = 1 + s,
                    e = 1 + session_no % 3,
                );
                session_no += 1;
            }
            let _ = writeln!(
                block,
                "<acces-handicapes>Accessible</acces-handicapes><prix-total-TTC>{p}</prix-total-TTC><nombre-heures-total>{h}</nombre-heures-total></action>",
                p = (action_no % 5) * 1000,
                h = 35 + action_no % 900,
            );
            action_no += 1;
        }
        let _ = writeln!(
            block,
            r#"<organisme-formation-responsable><numero-activite>00000000000</numero-activite><SIRET-organisme-formation><SIRET>{siret:014}</SIRET></SIRET-organisme-formation><nom-organisme>Organisme {o}</nom-organisme><raison-sociale>-</raison-sociale><coordonnees-organisme><coordonnees/></coordonnees-organisme><contact-organisme><coordonnees/></contact-organisme></organisme-formation-responsable></formation>"#,
            o = f % 800,
            siret = 10_000_000_000_000u64 + (f % 800) as u64,
        );
        out.write_all(block.as_bytes())?;
    }
    writeln!(out, "</offres></lheo>")?;
    out.flush()?;
    assert_eq!((action_no, session_no), (20_000, 50_000));
    Ok(std::fs::metadata(path)?.len())
}

/// One measured run (in a child process): prints `ms courses sessions hwm_before hwm_after`.
fn child(feed: &Path) {
    let places = Places::load(&communes_dir()).expect("communes shards");
    let before = vm_hwm_kib().unwrap_or(0);
    let options = Options::new(
        &places,
        SourceName::parse("bench").expect("name"),
        Date::new(2026, 12, 1).expect("date"),
    );
    let started = Instant::now();
    let cpu_before = cpu_ms().unwrap_or(0.0);
    let file = std::fs::File::open(feed).expect("feed");
    let imported = if std::env::var_os("BENCH_SPLIT").is_some() {
        // Reading + mapping, then the core's validation, timed apart (diagnosis).
        let mut input = std::io::BufReader::new(file);
        let mapped = aiguillage_catalogue::import::lheo::import(&mut input, &options).expect("map");
        eprintln!(
            "read+map {:.0} ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
        let t = Instant::now();
        let done = aiguillage_catalogue::import::finish(mapped).expect("finish");
        eprintln!("validation {:.0} ms", t.elapsed().as_secs_f64() * 1000.0);
        done
    } else {
        import(Format::Lheo, file, &options).expect("import")
    };
    let t = Instant::now();
    let json = serde_json::to_string(&imported.catalogue).expect("json");
    if std::env::var_os("BENCH_SPLIT").is_some() {
        eprintln!("json {:.0} ms", t.elapsed().as_secs_f64() * 1000.0);
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let cpu = cpu_ms().unwrap_or(0.0) - cpu_before;
    let after = vm_hwm_kib().unwrap_or(0);
    println!(
        "{ms:.0} {} {} {before} {after} {} {cpu:.0}",
        imported.catalogue.courses.len(),
        imported.catalogue.sessions.len(),
        json.len()
    );
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let feed = args.get(i + 1).expect("feed path");
        child(Path::new(feed));
        return;
    }
    let places = Places::load(&communes_dir()).expect("communes shards");
    // Communes with a point, from the index itself (real INSEE codes and postcodes).
    let mut sample: Vec<(String, String, f64, f64)> = Vec::new();
    for dep in [
        "54", "57", "67", "75", "93", "69", "13", "33", "59", "31", "35", "971",
    ] {
        let text =
            std::fs::read_to_string(communes_dir().join(format!("{dep}.json"))).expect("shard");
        let shard = aiguillage_core::geo::CommuneShard::from_json(&text).expect("shard json");
        for c in shard.communes.iter().take(40) {
            if let (Some(p), Some(pc)) = (c.point, c.postcodes.first()) {
                if places.by_insee(&c.insee).is_some() {
                    sample.push((c.insee.clone(), pc.clone(), p.lat, p.lon));
                }
            }
        }
    }
    drop(places);
    let dir = std::env::temp_dir().join(format!("aiguillage-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let feed = dir.join("lheo-20000-actions.xml");
    let bytes = generate(&feed, &sample).expect("generate");
    println!(
        "feed: {} formations, 20000 actions, 50000 sessions, {:.1} MB",
        FORMATIONS,
        bytes as f64 / 1e6
    );
    let exe = std::env::current_exe().expect("exe");
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    let mut bases = Vec::new();
    let mut cpus = Vec::new();
    for run in 1..=RUNS {
        let out = Command::new(&exe)
            .arg("--child")
            .arg(&feed)
            .output()
            .expect("child");
        let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let parts: Vec<f64> = line
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        if parts.len() != 7 {
            eprintln!("run {run}: {line} {}", String::from_utf8_lossy(&out.stderr));
            std::process::exit(1);
        }
        println!(
            "run {run}: {:.0} ms wall, {:.0} ms CPU, courses {}, sessions {}, peak {:.1} MB (communes index alone {:.1} MB), JSON {:.1} MB",
            parts[0],
            parts[6],
            parts[1],
            parts[2],
            parts[4] / 1024.0,
            parts[3] / 1024.0,
            parts[5] / 1e6
        );
        times.push(parts[0]);
        cpus.push(parts[6]);
        peaks.push(parts[4] / 1024.0);
        bases.push(parts[3] / 1024.0);
    }
    println!(
        "median of {RUNS}: {:.0} ms wall, {:.0} ms CPU, peak memory {:.1} MB (of which the communes index {:.1} MB); targets: <= 5000 ms, <= 200 MB",
        median(times),
        median(cpus),
        median(peaks),
        median(bases)
    );
    if std::env::var_os("BENCH_KEEP").is_some() {
        println!("feed kept at {}", feed.display());
    } else {
        std::fs::remove_dir_all(&dir).ok();
    }
}
