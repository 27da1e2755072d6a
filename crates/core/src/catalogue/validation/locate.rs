//! Locating the failing field of a record serde refused (`funding.funders[1]`), from serde_json's
//! error position, and the record's id: the slow path, only for rejected records.

use super::rules::range_of;
use crate::catalogue::issue::{problem_from_serde, shown, strip_position};
use crate::catalogue::*;
use serde::Deserialize;
use serde_json::value::RawValue;

/// Slow path, only for rejected records: find the failing field and the record's id; with the
/// byte range of the refused value in `raw`, when it is in a field.
pub(super) fn record_issue_from_serde(
    raw: &str,
    error: &serde_json::Error,
    kind: RecordKind,
    index: usize,
) -> (Issue, Option<std::ops::Range<usize>>) {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<serde_json::Value>,
    }
    let id = serde_json::from_str::<IdOnly>(raw)
        .ok()
        .and_then(|r| r.id)
        .and_then(|v| v.as_str().map(shown));
    let msg = error.to_string();
    let (problem, extra) = problem_from_serde(strip_position(&msg));
    // A missing field is reported after its record's `}`, any other error just after the bad value.
    let after_closing = problem != Problem::MissingField;
    let (path, span) = byte_offset(raw, error.line(), error.column())
        .map(|at| value_at(raw, at, after_closing))
        .unwrap_or_default();
    let field = match (path.is_empty(), extra) {
        (true, None) => None,
        (true, Some(x)) => Some(x),
        (false, None) => Some(path),
        (false, Some(x)) => Some(format!("{path}.{x}")),
    };
    // serde knows the Rust type's range (0–255 for a `u8`), the schema the field's own.
    let problem = match (problem, field.as_deref().and_then(|f| range_of(kind, f))) {
        (Problem::OutOfRange { value, .. }, Some((min, max))) => Problem::OutOfRange {
            value,
            min: min.to_string(),
            max: max.to_string(),
        },
        (p, _) => p,
    };
    let issue = Issue {
        kind,
        index: Some(index),
        id,
        field,
        problem,
    };
    (issue, span)
}

/// The byte offset of serde_json's error position (1-based line, column counted in bytes from
/// the start of that line).
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    Some(line_start + column)
}

/// The path (`funding.funders[1]`, `contact.url`) of the innermost value of a JSON record where
/// serde stopped, at byte `at`: a value holding `at`, or ending just before it (serde reports an
/// error once it has read past the value, and past the `}` or `]` that closes the last value
/// when `after_closing`). Empty when `at` is in no field's value. Reads the rejected record again
/// as raw slices: valid records cost nothing, and no path-tracking deserializer is compiled in.
#[cfg(test)]
fn path_at(record: &str, at: usize, after_closing: bool) -> String {
    value_at(record, at, after_closing).0
}

/// [`path_at`], with the byte range of that value in `record` (`None` when the path is empty).
fn value_at(
    record: &str,
    at: usize,
    after_closing: bool,
) -> (String, Option<std::ops::Range<usize>>) {
    let base = record.as_ptr() as usize;
    let holds = |v: &RawValue| {
        let start = v.get().as_ptr() as usize - base;
        let end = start + v.get().len();
        if at < start {
            return false;
        }
        if at <= end {
            return true;
        }
        let gap = record.get(end..at).unwrap_or("").trim();
        gap.is_empty() || (after_closing && (gap == "}" || gap == "]"))
    };
    let mut path = String::new();
    let mut value = record;
    let mut span = None;
    // Nesting is bounded by serde_json's recursion limit, which the record already passed.
    loop {
        let inner = value.trim_start();
        let step = if inner.starts_with('{') {
            serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(value)
                .ok()
                .and_then(|fields| {
                    fields
                        .into_iter()
                        .find_map(|(name, v)| holds(v).then(|| (format!(".{name}"), v.get())))
                })
        } else if inner.starts_with('[') {
            serde_json::from_str::<Vec<&RawValue>>(value)
                .ok()
                .and_then(|items| {
                    items
                        .into_iter()
                        .enumerate()
                        .find_map(|(i, v)| holds(v).then(|| (format!("[{i}]"), v.get())))
                })
        } else {
            None
        };
        let Some((segment, child)) = step else {
            break;
        };
        path.push_str(&segment);
        let start = child.as_ptr() as usize - base;
        span = Some(start..start + child.len());
        value = child;
    }
    (path.trim_start_matches('.').to_string(), span)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field named by the issue of a one-course catalogue whose course is `course`.
    fn field_of(course: &str) -> Option<String> {
        let doc = format!(r#"{{"schema_version":1,"courses":[{course}]}}"#);
        let (_, issues) = Catalogue::from_json(&doc);
        assert_eq!(issues.len(), 1, "{issues:?}");
        issues[0].field.clone()
    }

    #[test]
    fn the_failing_field_is_named_on_one_line_and_pretty_printed() {
        let one_line = r#"{"id":"c1","provider":"p","title":"T","modality":"zoom","hours":3}"#;
        assert_eq!(field_of(one_line).as_deref(), Some("modality"));
        let pretty = "{\n  \"id\": \"c1\",\n  \"provider\": \"p\",\n  \"title\": \"T\",\n  \"modality\":   \"zoom\"\n}";
        assert_eq!(field_of(pretty).as_deref(), Some("modality"));
    }

    #[test]
    fn nested_fields_and_array_items_are_named() {
        let funders = r#"{"id":"c1","provider":"p","title":"T","funding":{"kind":"gratuit","funders":["region","papa"]}}"#;
        assert_eq!(field_of(funders).as_deref(), Some("funding.funders[1]"));
        // A custom error (a bad URL) on the record's last field: serde has read its `}` too.
        let url =
            r#"{"id":"c1","provider":"p","title":"T","domains":[],"source_url":"javascript:x" }"#;
        assert_eq!(field_of(url).as_deref(), Some("source_url"));
    }

    #[test]
    fn a_missing_field_names_its_record_level_not_the_last_field() {
        let no_title = r#"{"id":"c1","provider":"p","modality":"hybride"}"#;
        assert_eq!(field_of(no_title).as_deref(), Some("title"));
    }

    #[test]
    fn positions_outside_any_value_give_no_path() {
        let rec = r#"{"a": 1, "b": [true, "x"]}"#;
        assert_eq!(path_at(rec, 0, true), "");
        let x = rec.find("\"x\"").unwrap_or(0);
        assert_eq!(path_at(rec, x + 3, true), "b[1]");
        assert_eq!(path_at(rec, rec.find('1').unwrap_or(0), true), "a");
        assert_eq!(byte_offset("ab\ncd\nef", 3, 1), Some(7));
        assert_eq!(byte_offset("ab", 5, 0), None);
    }
}
