//! Matching a profile against the catalogue (in progress).
