//! Collects every error of one derive so all are reported at once.

use std::fmt::Display;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Errors gathered while reading and checking one enum.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    /// Records an error pointing at `tokens`.
    pub fn at(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error that is already built.
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// How many errors were recorded, to tell whether a step added any.
    pub fn count(&self) -> usize {
        self.0.as_ref().map_or(0, |e| e.clone().into_iter().count())
    }

    /// `Ok(value)` when nothing was recorded, else every error.
    #[cfg(test)]
    pub fn finish<T>(self, value: T) -> Result<T, syn::Error> {
        match self.0 {
            None => Ok(value),
            Some(e) => Err(e),
        }
    }

    /// The errors as `compile_error!` invocations.
    pub fn into_compile_error(self) -> TokenStream {
        self.0
            .map(syn::Error::into_compile_error)
            .unwrap_or_default()
    }
}
