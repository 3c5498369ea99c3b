//! The error context of one expansion (as serde_derive's `Ctxt`): the stages push the
//! errors they find, each reported once (the same message at the same place, from the
//! four generated functions or two activity passes, is one error), and the entry turns
//! them into one `syn::Error` at the end.

/// Errors collected over one expansion.
#[derive(Default)]
pub(crate) struct Ctxt {
    errors: Vec<syn::Error>,
}

impl Ctxt {
    /// An error (possibly several combined), unless the same was reported already.
    pub(crate) fn push(&mut self, error: syn::Error) {
        for e in error {
            let key = |x: &syn::Error| format!("{:?} {}", x.span(), x);
            if !self.errors.iter().any(|seen| key(seen) == key(&e)) {
                self.errors.push(e);
            }
        }
    }

    pub(crate) fn extend(&mut self, errors: impl IntoIterator<Item = syn::Error>) {
        for e in errors {
            self.push(e);
        }
    }

    /// All errors as one, or `None` when there was none.
    pub(crate) fn finish(self) -> Option<syn::Error> {
        let mut it = self.errors.into_iter();
        let mut first = it.next()?;
        for e in it {
            first.combine(e);
        }
        Some(first)
    }
}
