//! The back end: IR to tokens. `forward` emits the forward sweep (primal code, with
//! tangents when scalars are dual numbers) and what it records for `adjoint`, which
//! emits the reverse sweep; `assemble` wraps them into the generated functions.

mod adjoint;
pub(crate) mod assemble;
mod buffers;
pub(crate) mod checkpoint;
mod dispatch;
mod forward;
mod hvp_calls;
mod hvp_recursion;
mod loops;
mod nested;
pub(crate) mod outside_wrt;
mod receiver;
pub(crate) mod recursion;
mod sites;
mod slice_calls;

pub(crate) use adjoint::Adjoint;
pub(crate) use forward::{mixed, Bindings, Forward, Kind};
