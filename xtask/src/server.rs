//! A small static file server for `dist/` with a history-API fallback: any path without a file
//! extension serves the nearest directory's `index.html`, so deep links such as `/questionnaire`
//! load the app and `/integrer`, `/integrer/` the configurator (`dist/integrer/index.html`).

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use tiny_http::{Header, Request, Response, Server};

/// A server running on a background thread; dropped, it stops.
pub struct Running {
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
    /// `http://127.0.0.1:PORT`
    pub base_url: String,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts serving `root` on 127.0.0.1 (`port` 0 picks a free one) in the background.
pub fn spawn(root: &Path, port: u16) -> Result<Running, String> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|addr| addr.port())
        .ok_or("the server has no IP address")?;
    let server = Arc::new(server);
    let worker = Arc::clone(&server);
    let root = root.to_path_buf();
    let thread = std::thread::spawn(move || {
        for request in worker.incoming_requests() {
            respond(&root, request);
        }
    });
    Ok(Running {
        server,
        thread: Some(thread),
        base_url: format!("http://127.0.0.1:{port}"),
    })
}

/// Serves `root` on 127.0.0.1:`port` until the process is stopped.
pub fn serve_forever(root: &Path, port: u16) -> Result<(), String> {
    let running = spawn(root, port)?;
    println!(
        "Aiguillage is served at {}/ (Ctrl+C to stop)",
        running.base_url
    );
    if let Some(thread) = &running.thread {
        while !thread.is_finished() {
            std::thread::park_timeout(std::time::Duration::from_secs(3600));
        }
    }
    Ok(())
}

fn respond(root: &Path, request: Request) {
    let response = match resolve(root, request.url()) {
        Some(file) => match std::fs::read(&file) {
            Ok(bytes) => Response::from_data(bytes)
                .with_header(header("Content-Type", content_type(&file)))
                .with_header(header("Cache-Control", "no-cache"))
                .with_status_code(200),
            Err(_) => not_found(),
        },
        None => not_found(),
    };
    // A client that went away is not our problem.
    let _ = request.respond(response);
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string("404 not found")
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
        .with_status_code(404)
}

/// Maps a request URL to a file under `root`, or `None` (404).
fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let relative = PathBuf::from(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let candidate = root.join(&relative);
    if candidate.is_file() {
        return Some(candidate);
    }
    let has_extension = relative
        .file_name()
        .is_some_and(|name| name.to_string_lossy().contains('.'));
    if has_extension {
        return None;
    }
    // The nearest directory with an index: `/integrer/x` → `integrer/index.html`, then the app's.
    relative
        .ancestors()
        .map(|dir| root.join(dir).join("index.html"))
        .find(|index| index.is_file())
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    // Both are ASCII constants of this file: building the header cannot fail.
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("ASCII header")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_links_fall_back_to_index_and_missing_files_do_not() {
        let root = std::env::temp_dir().join(format!("xtask-server-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("index.html"), "<html>").unwrap();
        std::fs::write(root.join("app.wasm"), "wasm").unwrap();
        assert_eq!(resolve(&root, "/app.wasm"), Some(root.join("app.wasm")));
        assert_eq!(
            resolve(&root, "/questionnaire?x=1"),
            Some(root.join("index.html"))
        );
        assert_eq!(
            resolve(&root, "/formation/abc"),
            Some(root.join("index.html"))
        );
        assert_eq!(resolve(&root, "/missing.js"), None);
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(content_type(&root.join("app.wasm")), "application/wasm");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_configurator_is_served_from_its_directory_index_with_or_without_a_slash() {
        let root = std::env::temp_dir().join(format!("xtask-server-outils-{}", std::process::id()));
        std::fs::create_dir_all(root.join("integrer")).unwrap();
        std::fs::create_dir_all(root.join("data")).unwrap();
        std::fs::write(root.join("index.html"), "<html>").unwrap();
        std::fs::write(root.join("integrer/index.html"), "<html>outils").unwrap();
        let outils = Some(root.join("integrer").join("index.html"));
        assert_eq!(resolve(&root, "/integrer"), outils);
        assert_eq!(resolve(&root, "/integrer/"), outils);
        assert_eq!(resolve(&root, "/integrer/?territoire=dep:93"), outils);
        // A directory without an index is the app's deep link, as before.
        assert_eq!(resolve(&root, "/data"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/integrerx"), Some(root.join("index.html")));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
