//! Exceptions as BIFs and instructions raise them.

use crate::atom;
use crate::process::Process;
use crate::term::Term;

/// The class of an exception.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Class {
    Error,
    Exit,
    Throw,
}

impl Class {
    pub fn atom(self) -> Term {
        Term::atom(match self {
            Class::Error => atom::ERROR,
            Class::Exit => atom::EXIT,
            Class::Throw => atom::THROW,
        })
    }
    pub fn from_atom(t: Term) -> Option<Class> {
        match t.as_atom()? {
            atom::ERROR => Some(Class::Error),
            atom::EXIT => Some(Class::Exit),
            atom::THROW => Some(Class::Throw),
            _ => None,
        }
    }
}

/// How the first frame of the stack trace is made.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Frame {
    /// The failing BIF's own frame `{M,F,Args,[{error_info,#{module=>...}}]}` comes first
    /// (the default for errors raised by BIFs).
    Bif,
    /// As `Bif`, with extra `error_info` map entries (a map term, e.g. `#{cause => id}`).
    BifInfo(Term),
    /// No frame for the BIF: the trace starts at the calling function (`erlang:error/1`,
    /// `exit/1`, `throw/1`, instruction errors).
    Caller,
    /// `erlang:error/2`: the caller's frame shows these arguments instead of its arity.
    CallerArgs(Term),
    /// `erlang:error/3`: arguments plus the `error_info` option value (a map).
    CallerArgsInfo(Term, Term),
    /// The caller's frame (with its arity) gets this `error_info` map (binary construction).
    CallerInfo(Term),
    /// `erlang:raise/3`: the given stack trace, as is.
    Given(Term),
}

/// An exception on its way to a handler.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Exception {
    pub class: Class,
    pub reason: Term,
    pub frame: Frame,
}

pub type BifResult = Result<Term, Exception>;

impl Exception {
    pub fn error(reason: Term) -> Exception {
        Exception {
            class: Class::Error,
            reason,
            frame: Frame::Bif,
        }
    }
    pub fn badarg() -> Exception {
        Exception::error(Term::atom(atom::BADARG))
    }
    pub fn badarith() -> Exception {
        Exception::error(Term::atom(atom::BADARITH))
    }
    pub fn system_limit() -> Exception {
        Exception::error(Term::atom(atom::SYSTEM_LIMIT))
    }
    pub fn undef() -> Exception {
        Exception {
            class: Class::Error,
            reason: Term::atom(atom::UNDEF),
            frame: Frame::Caller,
        }
    }
    /// `{Tag, Value}` error reasons such as `{badkey, K}`, `{badmap, M}`.
    pub fn error_tuple(p: &mut Process, tag: atom::Atom, value: Term) -> Exception {
        let r = p.heap.tuple(&[Term::atom(tag), value]);
        Exception::error(r)
    }
    pub fn throw(v: Term) -> Exception {
        Exception {
            class: Class::Throw,
            reason: v,
            frame: Frame::Caller,
        }
    }
    pub fn exit(v: Term) -> Exception {
        Exception {
            class: Class::Exit,
            reason: v,
            frame: Frame::Caller,
        }
    }
    /// An error raised by the running code itself rather than a BIF (no BIF frame).
    pub fn code_error(reason: Term) -> Exception {
        Exception {
            class: Class::Error,
            reason,
            frame: Frame::Caller,
        }
    }
    pub fn with_cause(mut self, info: Term) -> Exception {
        self.frame = Frame::BifInfo(info);
        self
    }
}
