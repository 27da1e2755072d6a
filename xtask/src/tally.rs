//! Counting tests across levels: parsing the runners' summary lines.

/// Passed, failed and skipped tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub passed: u64,
    pub failed: u64,
    pub skipped: u64,
}

impl Tally {
    pub fn add(&mut self, other: Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }

    /// `N passed, N failed` (`, N skipped` when some were).
    pub fn summary(&self) -> String {
        let mut line = format!("{} passed, {} failed", self.passed, self.failed);
        if self.skipped > 0 {
            line.push_str(&format!(", {} skipped", self.skipped));
        }
        line
    }
}

/// Sums every `test result: … N passed; N failed; N ignored; …` line of libtest output (cargo
/// test and wasm-bindgen-test-runner print the same form).
pub fn from_libtest(output: &str) -> Option<Tally> {
    let mut tally = Tally::default();
    let mut seen = false;
    for line in output.lines() {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            continue;
        };
        seen = true;
        for part in rest.split([';', '.']) {
            let mut words = part.split_whitespace();
            let (Some(number), Some(label)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = number.parse::<u64>() else {
                continue;
            };
            match label {
                "passed" => tally.passed += n,
                "failed" => tally.failed += n,
                "ignored" => tally.skipped += n,
                _ => {}
            }
        }
    }
    seen.then_some(tally)
}

/// Reads Playwright's JSON report `stats` (expected, unexpected, flaky, skipped).
pub fn from_playwright_json(json: &str) -> Option<Tally> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    let stats = value.get("stats")?;
    let count = |key: &str| stats.get(key).and_then(|v| v.as_u64()).unwrap_or(0);
    Some(Tally {
        // A flaky test passed on retry: it still counts as a pass, retries are off anyway.
        passed: count("expected") + count("flaky"),
        failed: count("unexpected"),
        skipped: count("skipped"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_every_libtest_summary() {
        let out = "running 2 tests\n\
            test result: ok. 2 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
            test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(
            from_libtest(out),
            Some(Tally {
                passed: 5,
                failed: 2,
                skipped: 1
            })
        );
        assert_eq!(from_libtest("error[E0425]: cannot find value"), None);
    }

    #[test]
    fn reads_playwright_stats() {
        let json = r#"{"stats":{"expected":7,"unexpected":1,"flaky":0,"skipped":2}}"#;
        assert_eq!(
            from_playwright_json(json),
            Some(Tally {
                passed: 7,
                failed: 1,
                skipped: 2
            })
        );
        assert_eq!(from_playwright_json("not json"), None);
    }

    #[test]
    fn summary_mentions_skipped_only_when_some_were() {
        assert_eq!(
            Tally {
                passed: 3,
                failed: 0,
                skipped: 0
            }
            .summary(),
            "3 passed, 0 failed"
        );
        assert_eq!(
            Tally {
                passed: 3,
                failed: 1,
                skipped: 2
            }
            .summary(),
            "3 passed, 1 failed, 2 skipped"
        );
    }
}
