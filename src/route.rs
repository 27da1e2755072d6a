//! The app's pages as a typed enum, with their addresses.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`: what Aiguillage is, and the way in.
    Home,
    /// `/questionnaire`: the orientation questionnaire.
    Quiz,
    /// `/resultats#<profile>`: the results for a profile.
    Results,
    /// `/formation/<course id>`: everything known about one course.
    Course(String),
}

impl Page {
    /// The path of the page, for links (course ids are percent-encoded).
    pub fn href(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::Quiz => "/questionnaire".into(),
            Page::Results => "/resultats".into(),
            Page::Course(id) => format!("/formation/{}", encode_segment(id)),
        }
    }

    /// The path followed by a profile fragment (`#2Qk…`).
    pub fn href_with(&self, fragment: &str) -> String {
        format!("{}{}", self.href(), fragment)
    }
}

/// Percent-encodes a path segment (ids are already restricted, but never trust data).
fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded path segment; `None` when malformed.
pub fn decode_segment(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn course_ids_round_trip_through_the_path() {
        for id in ["42-tronc-commun", "a/b c", "é#?"] {
            let href = Page::Course(id.into()).href();
            let seg = href.trim_start_matches("/formation/");
            assert!(!seg.contains(['/', '#', '?', ' ']));
            assert_eq!(decode_segment(seg).as_deref(), Some(id));
        }
        assert_eq!(decode_segment("%zz"), None);
        assert_eq!(Page::Results.href_with("#1AB"), "/resultats#1AB");
    }
}
