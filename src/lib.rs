//! phpi: a PHP 8.2 interpreter whose memory management is observable.
//!
//! See ARCHITECTURE.md for the code map.

pub mod numeric;
pub mod syntax;
