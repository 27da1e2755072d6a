//! A `BufRead` wrapper that knows the line and column of any recent byte offset, so that a
//! streaming parser's error ("byte 1 234 567") is reported as "ligne 40, colonne 12" without
//! keeping the input in memory: it keeps only the last [`WINDOW`] bytes read.

use std::io::{BufRead, Read};

/// Bytes kept behind the read position (a parser's error is within its current event, far
/// less than this).
pub const WINDOW: usize = 256 * 1024;

pub struct Positioned<'a> {
    inner: &'a mut dyn BufRead,
    /// The last bytes consumed; `window[0]` is at offset `window_start`.
    window: Vec<u8>,
    window_start: u64,
    /// Line breaks before `window_start`.
    lines_before: usize,
}

impl<'a> Positioned<'a> {
    pub fn new(inner: &'a mut dyn BufRead) -> Positioned<'a> {
        Positioned {
            inner,
            window: Vec::with_capacity(2 * WINDOW),
            window_start: 0,
            lines_before: 0,
        }
    }

    /// Line and column (1-based, column in characters) of byte `offset`; the start of the
    /// window if `offset` has been forgotten.
    pub fn line_column(&self, offset: u64) -> (usize, usize) {
        let rel = offset.saturating_sub(self.window_start);
        let rel = usize::try_from(rel)
            .unwrap_or(usize::MAX)
            .min(self.window.len());
        let seen = self.window.get(..rel).unwrap_or(&[]);
        let line = self.lines_before + seen.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = seen.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // Characters, not bytes: count UTF-8 leading bytes.
        let column = seen
            .get(line_start..)
            .unwrap_or(&[])
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
            + 1;
        (line, column)
    }
}

impl Read for Positioned<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let available = self.fill_buf()?;
            let n = available.len().min(buf.len());
            buf.get_mut(..n)
                .unwrap_or(&mut [])
                .copy_from_slice(available.get(..n).unwrap_or(&[]));
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Positioned<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        // The bytes are still in the inner buffer until consumed: no I/O here.
        if let Ok(buf) = self.inner.fill_buf() {
            self.window.extend_from_slice(buf.get(..amt).unwrap_or(buf));
        }
        self.inner.consume(amt);
        if self.window.len() > 2 * WINDOW {
            let drop = self.window.len() - WINDOW;
            let dropped = self.window.get(..drop).unwrap_or(&[]);
            self.lines_before += dropped.iter().filter(|&&b| b == b'\n').count();
            self.window.drain(..drop);
            self.window_start += drop as u64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_offset_becomes_its_line_and_character_column() {
        let text = "ab\ncé\nxyz".as_bytes();
        let mut inner = std::io::BufReader::new(text);
        let mut p = Positioned::new(&mut inner);
        let mut all = Vec::new();
        p.read_to_end(&mut all).unwrap();
        assert_eq!(p.line_column(0), (1, 1));
        assert_eq!(p.line_column(3), (2, 1));
        // 'é' is two bytes: the byte after it is column 3.
        assert_eq!(p.line_column(6), (2, 3));
        assert_eq!(p.line_column(8), (3, 2));
    }

    #[test]
    fn lines_are_still_counted_after_the_window_moves_on() {
        let text = "x\n".repeat(WINDOW * 2);
        let mut inner = std::io::BufReader::new(text.as_bytes());
        let mut p = Positioned::new(&mut inner);
        std::io::copy(&mut p, &mut std::io::sink()).unwrap();
        let last = (text.len() - 2) as u64;
        assert_eq!(p.line_column(last), (WINDOW * 2, 1));
    }
}
