//! Entry point: installs the panic hook and starts the app (`aiguillage::start`).

fn main() {
    console_error_panic_hook::set_once();
    aiguillage::start();
}
