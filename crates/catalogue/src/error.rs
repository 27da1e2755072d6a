//! The CLI's error type: every message names the file (and the record, and the field when
//! there is one) and says what to do.

use std::fmt;
use std::path::{Path, PathBuf};

/// Everything that can stop a command. Messages are for the person running the command.
#[derive(Debug)]
pub enum Error {
    /// Reading or writing a file failed.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A registry package is absent and could not be fetched.
    Fetch { package: String, message: String },
    /// A file inside a package (zip, tar.gz) is missing or unreadable.
    Archive {
        archive: PathBuf,
        entry: String,
        message: String,
    },
    /// A source file is not what we expect: JSON syntax, a record's field, a CSV row.
    Source {
        file: String,
        record: Option<String>,
        message: String,
    },
    /// A catalogue failed validation; the issues have already been printed.
    Invalid { file: String, errors: usize },
    /// Inputs refused, one line per problem (each naming its file and record).
    Rejected { what: String, problems: Vec<String> },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn source(
        file: impl Into<String>,
        record: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::Source {
            file: file.into(),
            record,
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    /// Every message is escaped for the terminal: it may quote a catalogue's values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Each problem escaped alone: the list keeps its line breaks, a value loses its own.
            Error::Rejected { what, problems } => {
                let n = problems.len();
                let what = crate::terminal::escape(what);
                let s = if n == 1 { "" } else { "s" };
                write!(f, "{n} problem{s} in {what}; nothing was written:")?;
                for p in problems {
                    write!(f, "\n  {}", crate::terminal::escape(p))?;
                }
                Ok(())
            }
            _ => f.write_str(&crate::terminal::escape(&self.raw_message())),
        }
    }
}

impl Error {
    fn raw_message(&self) -> String {
        let mut s = String::new();
        // Writing to a String cannot fail.
        let _ = self.write_raw(&mut s);
        s
    }

    fn write_raw(&self, f: &mut String) -> fmt::Result {
        use fmt::Write;
        match self {
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Fetch { package, message } => write!(f, "package {package}: {message}"),
            Error::Archive {
                archive,
                entry,
                message,
            } => {
                write!(f, "{} (entry {entry}): {message}", archive.display())
            }
            Error::Source {
                file,
                record: Some(record),
                message,
            } => write!(f, "{file}, {record}: {message}"),
            Error::Source {
                file,
                record: None,
                message,
            } => write!(f, "{file}: {message}"),
            Error::Rejected { what, .. } => write!(f, "problems in {what}"),
            Error::Invalid { file, errors } => write!(
                f,
                "{file}: {} (listed above); fix them and run the command again",
                crate::cli::errors(*errors)
            ),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
