//! Entry point: installs the panic hook and starts the app (`aiguillage::start`).

fn main() {
    // The release wasm is built with `-Cpanic=immediate-abort` (xtask/src/build.rs): a panic stops
    // at once and never calls a hook, so the hook is installed in debug builds only (it was dead
    // code in every visitor's download).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    aiguillage::start();
}
