//! Importers of outside training feeds into the catalogue schema. None yet: LHEO 2.3 XML,
//! data.inclusion and CSV importers come in a later issue, each as a file of this folder
//! (`lheo.rs`, `data_inclusion.rs`, `csv.rs`) and a variant of [`Format`], reached through
//! `aiguillage-catalogue import --format <FORMAT> FILE`.

/// The feed formats an importer exists for. Empty until the first importer lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {}
