//! Ctrl-C while code runs. While rustyline reads a line the terminal is in
//! raw mode and Ctrl-C arrives as a key (the entry is abandoned). While an
//! entry runs, the terminal turns Ctrl-C into SIGINT: the signal is blocked
//! in every thread of the shell and taken by one thread waiting for it,
//! which raises the evaluator's interrupt flag (`interp::stmt::INTERRUPT`);
//! the running loop stops at its next iteration. The flag is cleared each
//! time a line is read, so a Ctrl-C pressed between two entries is
//! forgotten, while one pressed as soon as an entry starts is not.

use nix::sys::signal::{SigSet, Signal};
use std::sync::atomic::Ordering;

/// Takes SIGINT over. Call before starting any other thread, so that every
/// thread inherits the blocked signal. Returns false when this failed (the
/// default handling, which ends the process, stays).
pub fn install() -> bool {
    let mut set = SigSet::empty();
    set.add(Signal::SIGINT);
    if set.thread_block().is_err() {
        return false;
    }
    let waiter = std::thread::Builder::new()
        .name("sigint".into())
        .spawn(move || {
            while set.wait().is_ok() {
                crate::interp::stmt::INTERRUPT.store(true, Ordering::Relaxed);
            }
        });
    if waiter.is_err() {
        let _ = set.thread_unblock();
        return false;
    }
    true
}

/// Forgets a Ctrl-C pressed while no entry was running.
pub fn clear() {
    crate::interp::stmt::INTERRUPT.store(false, Ordering::Relaxed);
}
