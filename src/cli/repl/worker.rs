//! The interpreter's thread. A session lives on a thread of its own with a
//! large stack (deep PHP recursion runs on the native stack); the terminal
//! side sends it entries and commands and waits for each reply. Starting a
//! new thread also gives `:reset` a truly fresh interpreter: the collector
//! and object handle counters are per thread.

use super::command::Inspect;
use super::session::{Names, Outcome, Session};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

pub enum Request {
    /// An entry; `at_end` when no more input will follow.
    Entry {
        source: Vec<u8>,
        at_end: bool,
    },
    Inspect(Inspect),
    /// Ends the session (destructors run).
    Finish,
}

pub struct Reply {
    pub outcome: Outcome,
    /// What to complete from now on.
    pub names: Names,
}

pub struct Worker {
    requests: Sender<Request>,
    replies: Receiver<Reply>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Starts a session with the given ini settings.
    pub fn start(ini: &[(Vec<u8>, Vec<u8>)]) -> std::io::Result<(Worker, Names)> {
        let (requests, incoming) = channel::<Request>();
        let (outgoing, replies) = channel::<Reply>();
        let ini = ini.to_vec();
        let thread = std::thread::Builder::new()
            .name("php".into())
            .stack_size(crate::cli::STACK_SIZE)
            .spawn(move || serve(&ini, incoming, outgoing))?;
        let names = replies.recv().map(|first| first.names).unwrap_or_default();
        let worker = Worker {
            requests,
            replies,
            thread: Some(thread),
        };
        Ok((worker, names))
    }

    /// Sends a request and waits for its reply. `None` when the thread is
    /// gone (a bug in the interpreter made it panic).
    pub fn ask(&mut self, request: Request) -> Option<Reply> {
        self.requests.send(request).ok()?;
        let reply = self.replies.recv().ok();
        if reply
            .as_ref()
            .is_none_or(|r| matches!(r.outcome, Outcome::Ended(_)))
        {
            if let Some(t) = self.thread.take() {
                let _ = t.join();
            }
        }
        reply
    }
}

/// The thread's loop: one reply per request, and a first reply with the
/// names once the session is ready.
fn serve(ini: &[(Vec<u8>, Vec<u8>)], requests: Receiver<Request>, replies: Sender<Reply>) {
    let mut session = Session::new(ini);
    crate::cli::mark_stack(session.interp_mut());
    if replies
        .send(Reply {
            outcome: Outcome::Done,
            names: session.names(),
        })
        .is_err()
    {
        return;
    }
    for request in requests {
        let outcome = match request {
            Request::Entry { source, at_end } => session.run_entry(&source, at_end),
            Request::Inspect(what) => session.inspect(&what),
            Request::Finish => Outcome::Ended(session.finish()),
        };
        let ended = matches!(outcome, Outcome::Ended(_));
        let names = if ended {
            Names::default()
        } else {
            session.names()
        };
        if replies.send(Reply { outcome, names }).is_err() || ended {
            return;
        }
    }
}
