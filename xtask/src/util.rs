//! Small helpers shared by the commands: paths, running programs, messages.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (the parent of `xtask/`).
///
/// Read at run time: `cargo run` sets `CARGO_MANIFEST_DIR` for the process. The compile-time value
/// is only a fallback, because a target directory shared between checkouts (CI clones into a new
/// directory each time) reuses a binary built in another, possibly deleted, checkout.
pub fn repo_root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// Prints a step message the same way everywhere.
pub fn step(message: &str) {
    println!("==> {message}");
}

/// Runs a command to completion, inheriting stdio; an error names the command.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = describe(command);
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs a command and returns its stdout when it succeeds, `None` when it cannot run or fails.
pub fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    if !output.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Finds a program on PATH.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// `program arg1 arg2` for messages.
pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// A PATH with the repo's tool folder and cargo's bin folder first, so Trunk finds the pinned
/// wasm-opt and wasm-bindgen instead of downloading them.
pub fn tool_path() -> std::ffi::OsString {
    let mut dirs = vec![repo_root().join("tools/node_modules/.bin"), cargo_bin_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

/// `$CARGO_HOME/bin`, where `cargo install` puts programs.
pub fn cargo_bin_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home).join("bin");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    home.join(".cargo/bin")
}
