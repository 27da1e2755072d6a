//! What a catalogue gives, for the webmasters' check page (`/verifier`): how many records it
//! keeps and refuses ([`counts`]), and how many results three sample people would get from it
//! ([`samples`]), computed by the same matching as the app. The page only renders these values.

pub mod counts;
pub mod samples;

pub use counts::{counts, Counts};
pub use samples::{home, sample_outcomes, Home, Sample, SampleOutcome};
