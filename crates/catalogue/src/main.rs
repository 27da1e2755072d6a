//! `aiguillage-catalogue`: parses the command line and reports errors; the work is in the
//! library.

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = aiguillage_catalogue::cli::Cli::parse();
    match aiguillage_catalogue::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
