//! Collects every error of one derive so all are reported at once.

use std::fmt::Display;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Errors gathered while reading and checking one enum.
#[derive(Default)]
pub struct Errors {
    all: Option<syn::Error>,
    count: usize,
}

impl Errors {
    /// Records an error pointing at `tokens`.
    pub fn at(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error that is already built.
    pub fn push(&mut self, error: syn::Error) {
        self.count += 1;
        match &mut self.all {
            Some(all) => all.combine(error),
            None => self.all = Some(error),
        }
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// How many errors were recorded, to tell whether a step added any.
    pub fn count(&self) -> usize {
        self.count
    }

    /// `Ok(value)` when nothing was recorded, else every error.
    #[cfg(test)]
    pub fn finish<T>(self, value: T) -> Result<T, syn::Error> {
        match self.all {
            None => Ok(value),
            Some(e) => Err(e),
        }
    }

    /// The errors as `compile_error!` invocations.
    pub fn into_compile_error(self) -> TokenStream {
        self.all
            .map(syn::Error::into_compile_error)
            .unwrap_or_default()
    }
}
