//! The catalogue loader as a pure state machine: [`step`] takes the state and an event and gives
//! the next state and what to do ([`Effect`]); `catalogue.rs` drives it (fetches, parses, shows)
//! and feeds the answers back as events. Tested natively below, case by case.
//!
//! The file may be fetched ahead once the person has given their place (not when the browser
//! asks to save data) and is parsed only when the results need it: parsing a large catalogue
//! holds the main thread, which must not happen while someone types. One fetch at a time: the
//! results take over a fetch ahead still on its way. A failed fetch ahead is forgotten (the
//! results fetch again and show the error if it persists).

use crate::net::LoadError;

/// Where the loading is. `L` is what parsing gives (the loaded catalogue).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Loader<L> {
    /// Nothing fetched, nothing asked.
    #[default]
    Idle,
    /// Fetched ahead, on its way; nobody waits for it yet.
    Prefetching,
    /// Fetched ahead and arrived, kept as bytes until the results need it.
    Prefetched(Vec<u8>),
    /// The results wait for a fetch (their own, or the one ahead they took over).
    Fetching,
    /// The results wait for the parse.
    Parsing,
    /// Loaded.
    Ready(L),
    /// Failed; the person can retry.
    Failed(LoadError),
}

/// What happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Event<L> {
    /// The person gave their place: fetch ahead, unless the browser asks to save data.
    PrefetchWanted {
        /// `navigator.connection.saveData`.
        save_data: bool,
    },
    /// A page needs the catalogue (the results, a course page).
    ResultsNeeded,
    /// The fetch ended.
    Fetched(Result<Vec<u8>, LoadError>),
    /// The parse ended.
    Parsed(Result<L, LoadError>),
    /// The person asked to try again.
    Retry,
}

/// What the driver must do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Fetch the file; answer with [`Event::Fetched`].
    Fetch,
    /// Parse these bytes; answer with [`Event::Parsed`].
    Parse(Vec<u8>),
}

impl<L> Loader<L> {
    /// Whether a page waiting for the catalogue still has to wait (loading is shown).
    pub fn pending(&self) -> bool {
        !matches!(self, Loader::Ready(_) | Loader::Failed(_))
    }
}

/// The next state, and what to do. Events that do not apply in a state (a second request, a
/// late answer) change nothing.
pub fn step<L>(state: Loader<L>, event: Event<L>) -> (Loader<L>, Option<Effect>) {
    use Loader as S;
    match (state, event) {
        (S::Idle, Event::PrefetchWanted { save_data: false }) => {
            (S::Prefetching, Some(Effect::Fetch))
        }
        (S::Idle, Event::ResultsNeeded) => (S::Fetching, Some(Effect::Fetch)),
        (S::Prefetching, Event::ResultsNeeded) => (S::Fetching, None),
        (S::Prefetched(bytes), Event::ResultsNeeded) => (S::Parsing, Some(Effect::Parse(bytes))),
        (S::Prefetching, Event::Fetched(Ok(bytes))) => (S::Prefetched(bytes), None),
        (S::Prefetching, Event::Fetched(Err(_))) => (S::Idle, None),
        (S::Fetching, Event::Fetched(Ok(bytes))) => (S::Parsing, Some(Effect::Parse(bytes))),
        (S::Fetching, Event::Fetched(Err(e))) => (S::Failed(e), None),
        (S::Parsing, Event::Parsed(Ok(l))) => (S::Ready(l), None),
        (S::Parsing, Event::Parsed(Err(e))) => (S::Failed(e), None),
        (S::Failed(_), Event::Retry) => (S::Fetching, Some(Effect::Fetch)),
        (state, _) => (state, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs events from `Idle`; the effects asked, in order.
    fn run(events: Vec<Event<&'static str>>) -> (Loader<&'static str>, Vec<Effect>) {
        let mut state = Loader::Idle;
        let mut effects = Vec::new();
        for e in events {
            let (next, effect) = step(state, e);
            state = next;
            effects.extend(effect);
        }
        (state, effects)
    }

    fn bytes() -> Vec<u8> {
        b"{}".to_vec()
    }

    const PREFETCH: Event<&str> = Event::PrefetchWanted { save_data: false };

    #[test]
    fn a_file_fetched_ahead_is_parsed_only_when_the_results_need_it() {
        let (state, effects) = run(vec![PREFETCH, Event::Fetched(Ok(bytes()))]);
        assert_eq!(state, Loader::Prefetched(bytes()));
        assert_eq!(effects, [Effect::Fetch]);
        let (state, effects) = run(vec![
            PREFETCH,
            Event::Fetched(Ok(bytes())),
            Event::ResultsNeeded,
            Event::Parsed(Ok("catalogue")),
        ]);
        assert_eq!(state, Loader::Ready("catalogue"));
        assert_eq!(effects, [Effect::Fetch, Effect::Parse(bytes())]);
    }

    #[test]
    fn results_asked_before_the_fetch_ahead_ends_take_it_over_without_a_second_fetch() {
        let (state, effects) = run(vec![PREFETCH, Event::ResultsNeeded]);
        assert_eq!(state, Loader::Fetching);
        assert_eq!(effects, [Effect::Fetch]);
        let (state, effects) = run(vec![
            PREFETCH,
            Event::ResultsNeeded,
            Event::ResultsNeeded,
            PREFETCH,
            Event::Fetched(Ok(bytes())),
        ]);
        assert_eq!(state, Loader::Parsing);
        assert_eq!(effects, [Effect::Fetch, Effect::Parse(bytes())]);
    }

    #[test]
    fn a_failure_is_shown_and_retry_fetches_again() {
        let (state, effects) = run(vec![
            Event::ResultsNeeded,
            Event::Fetched(Err(LoadError::Status(503))),
        ]);
        assert_eq!(state, Loader::Failed(LoadError::Status(503)));
        assert!(!state.pending());
        assert_eq!(effects, [Effect::Fetch]);
        let (state, effects) = run(vec![
            Event::ResultsNeeded,
            Event::Fetched(Err(LoadError::Network)),
            Event::ResultsNeeded,
            Event::Retry,
            Event::Fetched(Ok(bytes())),
            Event::Parsed(Err(LoadError::Malformed)),
        ]);
        assert_eq!(state, Loader::Failed(LoadError::Malformed));
        assert_eq!(
            effects,
            [Effect::Fetch, Effect::Fetch, Effect::Parse(bytes())]
        );
    }

    #[test]
    fn a_failed_fetch_ahead_is_forgotten_and_the_results_fetch_again() {
        let (state, effects) = run(vec![
            PREFETCH,
            Event::Fetched(Err(LoadError::Network)),
            Event::ResultsNeeded,
        ]);
        assert_eq!(state, Loader::Fetching);
        assert_eq!(effects, [Effect::Fetch, Effect::Fetch]);
    }

    #[test]
    fn nothing_is_fetched_ahead_when_the_browser_asks_to_save_data() {
        let (state, effects) = run(vec![Event::PrefetchWanted { save_data: true }]);
        assert_eq!((state, effects), (Loader::Idle, vec![]));
        let (state, effects) = run(vec![
            Event::PrefetchWanted { save_data: true },
            Event::ResultsNeeded,
        ]);
        assert_eq!((state, effects), (Loader::Fetching, vec![Effect::Fetch]));
    }

    #[test]
    fn a_loaded_catalogue_is_never_fetched_again_and_late_answers_change_nothing() {
        let (state, effects) = run(vec![
            Event::ResultsNeeded,
            Event::Fetched(Ok(bytes())),
            Event::Parsed(Ok("catalogue")),
            Event::ResultsNeeded,
            PREFETCH,
            Event::Retry,
            Event::Fetched(Err(LoadError::Network)),
            Event::Parsed(Err(LoadError::Malformed)),
        ]);
        assert_eq!(state, Loader::Ready("catalogue"));
        assert_eq!(effects, [Effect::Fetch, Effect::Parse(bytes())]);
    }
}
