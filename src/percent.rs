//! Percent-encoding, written once for the two places the app reads and writes it: path segments
//! ([`crate::routes::Page`]) and the query string ([`crate::query::Query`]).

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`, as forms and links write it).
/// `None` when an escape is broken (`%zz`, `%4`, `%+1`) or the bytes are not UTF-8 (`%C3` alone):
/// outside text is refused whole, never half-read.
pub fn decode(s: &str, plus_is_space: bool) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                // Two hex digits, checked by hand: `u8::from_str_radix` would take "+1".
                let hi = hex(*bytes.get(i + 1)?)?;
                let lo = hex(*bytes.get(i + 2)?)?;
                out.push(hi << 4 | lo);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn hex(b: u8) -> Option<u8> {
    char::from(b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// Escapes every byte of `s` except ASCII letters, digits, `-_.~` and the bytes `keep` lets
/// through, as `%XX` (UTF-8 bytes, upper-case hex).
pub fn encode(s: &str, keep: fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') || keep(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            for d in [b >> 4, b & 15] {
                out.push(
                    char::from_digit(u32::from(d), 16).map_or('0', |c| c.to_ascii_uppercase()),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_escapes_and_lone_utf8_bytes_are_refused_whole() {
        for s in ["%zz", "a%4", "%", "%+1", "%-1", "%C3", "%FF", "%C3%28"] {
            assert_eq!(decode(s, true), None, "{s}");
        }
        assert_eq!(decode("%C3%A9t%C3%A9", false).as_deref(), Some("été"));
        assert_eq!(decode("a+b%2B", true).as_deref(), Some("a b+"));
        assert_eq!(decode("a+b", false).as_deref(), Some("a+b"));
    }

    #[test]
    fn encoding_then_decoding_gives_the_text_back() {
        for s in ["", "a b&c=d#e", "été/%+\\", "\t\n\u{7f}"] {
            let e = encode(s, |_| false);
            assert!(e
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
            assert_eq!(decode(&e, true).as_deref(), Some(s));
        }
        assert_eq!(encode("a/b", |b| b == b'/'), "a/b");
    }
}
