//! A message of the app shell, at the top of the content, for what happened outside any one page:
//! a `?catalogue=` link refused, the answers erased. It belongs to the page it was raised on and
//! goes away when the person moves to another page.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::use_i18n;

/// What the shell has to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `?catalogue=` named a file that is not on this site: the bundled catalogue is used.
    CatalogueRefused,
    /// "Effacer mes réponses": the answers were erased from the device, the tab and the screen.
    AnswersErased,
}

/// The shell's notice, shared through context: the notice and the path it was raised on.
#[derive(Clone, Copy)]
pub struct ShellNotice(RwSignal<Option<(Notice, String)>>);

impl ShellNotice {
    /// Shows `notice` on the page at `path` (the path the app is on, or is going to).
    pub fn raise(self, notice: Notice, path: &str) {
        self.0.set(Some((notice, path.to_string())));
    }
}

/// Provides the shell's notice to the app.
pub fn provide_shell_notice() -> ShellNotice {
    let notice = ShellNotice(RwSignal::new(None));
    provide_context(notice);
    notice
}

/// The notice provided by `App` (a detached one outside it).
pub fn use_shell_notice() -> ShellNotice {
    use_context::<ShellNotice>().unwrap_or_else(|| ShellNotice(RwSignal::new(None)))
}

/// The notice, when there is one for the page shown. The live region is always in the page, so
/// that screen readers announce a message that appears in it.
#[component]
pub fn ShellNoticeView() -> impl IntoView {
    let i18n = use_i18n();
    let notice = use_shell_notice();
    let pathname = use_location().pathname;
    let shown = move || {
        notice.0.with(|n| {
            n.as_ref()
                .filter(|(_, path)| *path == pathname.get())
                .map(|(n, _)| *n)
        })
    };
    view! {
        <div class="shell-notice" role="status">
            {move || shown().map(|n| {
                let t = i18n.t();
                let (class, text) = match n {
                    Notice::CatalogueRefused => ("notice notice--error", t.shell_catalogue_refused),
                    Notice::AnswersErased => ("notice", t.shell_answers_erased),
                };
                view! { <p class=class>{text}</p> }
            })}
        </div>
    }
}
