//! The macro under hostile input: `expand` never panics and always returns either
//! code or a spanned error.
