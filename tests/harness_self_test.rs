//! The unit tests of the golden-test harness itself (`tests/harness/`). The
//! `phpt` and `conformance` targets run under libtest-mimic, without
//! `cfg(test)`, so the harness's `#[cfg(test)]` modules run here.

#[allow(dead_code)] // Only the unit tests are used here.
mod harness;
