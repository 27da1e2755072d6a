//! Every size budget of the project, in one place. `cargo xtask size` and `cargo xtask test` fail
//! when one is exceeded.

/// First-load transfer of the app itself (HTML + JS + wasm + CSS), brotli quality 11, in bytes.
pub const FIRST_LOAD_BROTLI_BYTES: u64 = 200 * 1024;
