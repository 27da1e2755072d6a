//! Checks every language at once.

use super::*;
