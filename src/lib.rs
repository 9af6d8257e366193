//! phpi: a PHP 8.2 interpreter whose memory management is observable.
//!
//! See ARCHITECTURE.md for the code map.

pub mod builtins;
pub mod cli;
pub mod compile;
pub mod gc;
pub mod interp;
pub mod memory;
pub mod numeric;
pub mod syntax;
pub mod value;
