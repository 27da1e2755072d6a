//! The selection against the catalogue of today: each id is a course, or a course gone since
//! the link was made ("plus disponible"), kept in its place so the person sees what changed.

use super::code::Selection;
use crate::catalogue::Catalogue;
use crate::text::{counsel_words, fill, Lang};

/// One selected course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// In the catalogue: its position in [`Catalogue::courses`].
    Available {
        /// The course id.
        id: String,
        /// Position in [`Catalogue::courses`].
        course: usize,
    },
    /// Not (or no longer) in the catalogue.
    Gone {
        /// The id the link holds.
        id: String,
    },
}

impl Entry {
    /// The course id.
    pub fn id(&self) -> &str {
        match self {
            Entry::Available { id, .. } | Entry::Gone { id } => id,
        }
    }

    /// A gone entry in words: "Formation « afpa-dwwm » : plus disponible"; `None` when available.
    pub fn describe_gone(&self, lang: Lang) -> Option<String> {
        match self {
            Entry::Gone { id } => Some(fill(counsel_words(lang).gone, &[("id", id)])),
            Entry::Available { .. } => None,
        }
    }
}

impl Selection {
    /// Each selected id, in order, as a course of `cat` or gone.
    pub fn resolve(&self, cat: &Catalogue) -> Vec<Entry> {
        self.ids()
            .iter()
            .map(|id| match cat.courses().iter().position(|c| &c.id == id) {
                Some(course) => Entry::Available {
                    id: id.clone(),
                    course,
                },
                None => Entry::Gone { id: id.clone() },
            })
            .collect()
    }

    /// The ids still in the catalogue (what compare and print use).
    pub fn available(&self, cat: &Catalogue) -> Vec<usize> {
        self.resolve(cat)
            .into_iter()
            .filter_map(|e| match e {
                Entry::Available { course, .. } => Some(course),
                Entry::Gone { .. } => None,
            })
            .collect()
    }
}
