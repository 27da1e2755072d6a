//! A delimited text file (spreadsheet export) as a header and rows: the delimiter detected
//! (`;`, `,` or tab), column names normalised (`Code postal` → `code_postal`), each row with
//! its line number in the file, so findings point at the line a person sees in their editor.

use super::cells::key;

/// One data row: its 1-based line in the file and its cells, in header order (one buffer
/// per row, not one string per cell: importing 100 000 CPF rows of 33 columns (23.6 MB)
/// peaked at 559 MB with a `String` per cell and a JSON map per row, 220 MB now).
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub cells: csv::StringRecord,
}

/// The file's columns and rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// Normalised column names ([`column_key`]).
    pub columns: Vec<String>,
    /// The names as written in the file.
    pub written: Vec<String>,
    pub rows: Vec<Row>,
    pub delimiter: u8,
}

impl Table {
    /// Position of a column by its normalised name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The cell of `row` in `column` (normalised name), trimmed; `None` when the column is
    /// absent or the cell empty.
    pub fn cell<'a>(&self, row: &'a Row, column: &str) -> Option<&'a str> {
        let i = self.column(column)?;
        super::cells::present(row.cells.get(i)?)
    }
}

/// A column name as compared: [`key`] with `_` between words (`Date limite` → `date_limite`,
/// `Début` → `debut`).
pub fn column_key(name: &str) -> String {
    key(name).replace('-', "_")
}

/// The delimiter of a header line: the most frequent of `;`, `,` and tab outside quotes
/// (`;` on a tie: what French spreadsheets write, since `,` is their decimal mark).
pub fn detect_delimiter(header: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - *i)).unwrap_or(0);
    [b';', b',', b'\t'][best]
}

/// Reads `text` as a table; `None` when it has no header line (an empty file). Rows that are
/// entirely empty (a spreadsheet's trailing lines) are left out. Quoted cells may hold the
/// delimiter and line breaks.
pub fn read(text: &str) -> Option<Table> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    let delimiter = detect_delimiter(first);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    // 1-based line of the byte `counted_to`.
    let (mut line, mut counted_to) = (1usize, 0usize);
    for record in records.by_ref() {
        // A broken quote makes the csv crate stop reading with an error: what was read is kept.
        let Ok(record) = record else { break };
        // From the byte offset: the csv crate's own line count skips blank lines, and its
        // offset is where the previous record ended (before the blank lines). Newlines are
        // counted from the previous record on: counting from the start of the text for each
        // row made 20 000 rows take 25.6 s (release build), 1.5 s now.
        let mut byte = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
            byte += 1;
        }
        let byte = byte.min(text.len());
        if byte >= counted_to {
            line += text.as_bytes()[counted_to..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            counted_to = byte;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if header.is_none() {
            header = Some(record.iter().map(str::to_string).collect::<Vec<_>>());
        } else {
            rows.push(Row {
                line,
                cells: record,
            });
        }
    }
    let written = header?;
    Some(Table {
        columns: written.iter().map(|w| column_key(w)).collect(),
        written,
        rows,
        delimiter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_most_frequent_outside_quotes() {
        assert_eq!(detect_delimiter("organisme;formation;\"a,b,c\""), b';');
        assert_eq!(detect_delimiter("organisme,formation,debut"), b',');
        assert_eq!(detect_delimiter("organisme\tformation"), b'\t');
        assert_eq!(detect_delimiter("organisme"), b';');
    }

    #[test]
    fn column_names_are_normalised_and_rows_keep_their_line() {
        let t = read(
            "Organisme;Code postal;Début\n\nA;93100;\"02/03/2026\"\n;;\nB;\"multi\nligne\";x\n",
        )
        .unwrap();
        assert_eq!(t.columns, vec!["organisme", "code_postal", "debut"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.cell(&t.rows[0], "debut"), Some("02/03/2026"));
        assert_eq!(t.rows[1].line, 5);
        assert_eq!(t.cell(&t.rows[1], "code_postal"), Some("multi\nligne"));
        assert!(read(" \n\n").is_none());
    }
}
