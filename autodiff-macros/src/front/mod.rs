//! The front end: what the attribute says (`args`) and what the signature declares
//! (`signature`: float types, parameters and their activity, the result's shape).

pub(crate) mod args;
pub(crate) mod signature;
