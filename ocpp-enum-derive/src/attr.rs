//! Reads `#[ocpp(...)]` attributes into typed settings, one list per place.
//!
//! Syntax is checked here; what the settings mean together (duplicates, which
//! variant may be `other`, ...) is checked in `validate`.

use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Lit, LitStr, Meta, Token};

use crate::errors::Errors;

/// Keys accepted on the enum, as listed in messages.
const ENUM_KEYS: &str = "`ascii_case_insensitive` or `crate = \"path\"`";
/// Keys accepted on a variant, as listed in messages.
const VARIANT_KEYS: &str = "a wire string (\"Wire\"), `alias = \"...\"` or `other`";

/// One comma-separated item inside `#[ocpp(...)]`.
enum Item {
    /// A bare literal: the wire string, if it is a string.
    Literal(Lit),
    /// `key` or `key = literal`.
    Key { key: Ident, value: Option<Lit> },
}

impl Parse for Item {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Lit) {
            return input.parse().map(Item::Literal);
        }
        if !input.peek(Ident::peek_any) {
            return Err(input.error(format!("expected {VARIANT_KEYS}")));
        }
        let key = Ident::parse_any(input)?;
        let value = if input.peek(Token![=]) {
            let _: Token![=] = input.parse()?;
            if !input.peek(Lit) {
                let found: proc_macro2::TokenTree = input.parse()?;
                return Err(syn::Error::new(
                    found.span(),
                    format!("expected a string literal after `{key} =`, like {key} = \"...\""),
                ));
            }
            Some(input.parse()?)
        } else {
            None
        };
        Ok(Item::Key { key, value })
    }
}

/// Settings on the enum itself.
#[derive(Default)]
pub struct EnumAttrs {
    /// `ascii_case_insensitive`, where given.
    pub ascii_case_insensitive: Option<Ident>,
    /// `crate = "path"`, where given.
    pub krate: Option<syn::Path>,
}

/// Settings on one variant.
#[derive(Default)]
pub struct VariantAttrs {
    /// The canonical wire string.
    pub wire: Option<LitStr>,
    /// Other spellings accepted when parsing.
    pub aliases: Vec<LitStr>,
    /// `other`, where given.
    pub other: Option<Ident>,
}

/// Every item of every `#[ocpp(...)]` among `attrs`, in order.
fn items(attrs: &[Attribute], errors: &mut Errors) -> Vec<Item> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("ocpp")) {
        let Meta::List(_) = &attr.meta else {
            errors.at(attr, "expected a list: #[ocpp(...)]");
            continue;
        };
        match attr.parse_args_with(Punctuated::<Item, Token![,]>::parse_terminated) {
            Ok(list) => out.extend(list),
            Err(e) => errors.push(e),
        }
    }
    out
}

/// A string literal, or an error pointing at what stands there instead.
fn string(lit: Lit, what: &str, errors: &mut Errors) -> Option<LitStr> {
    match lit {
        Lit::Str(s) if s.suffix().is_empty() => Some(s),
        other => {
            errors.at(
                other,
                format!("expected a string literal for {what}, like \"Wire\""),
            );
            None
        }
    }
}

/// Records `key` in `slot`, or reports it as given twice.
fn set_flag(slot: &mut Option<Ident>, key: Ident, value: Option<Lit>, errors: &mut Errors) {
    if let Some(value) = value {
        errors.at(
            value,
            format!("`{key}` takes no value: write #[ocpp({key})]"),
        );
    } else if slot.is_some() {
        errors.at(&key, format!("duplicate `{key}`"));
    } else {
        *slot = Some(key);
    }
}

/// Reads the enum's own `#[ocpp(...)]` attributes.
pub fn enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut out = EnumAttrs::default();
    for item in items(attrs, errors) {
        match item {
            Item::Literal(lit) => errors.at(
                lit,
                "a wire string belongs on a variant: #[ocpp(\"Wire\")] above the variant",
            ),
            Item::Key { key, value } if key == "ascii_case_insensitive" => {
                set_flag(&mut out.ascii_case_insensitive, key, value, errors)
            }
            Item::Key { key, value } if key == "crate" => match value {
                None => errors.at(
                    &key,
                    "`crate` needs a path: crate = \"path::to::ocpp_enums\"",
                ),
                Some(value) => {
                    let Some(s) = string(value, "`crate`", errors) else {
                        continue;
                    };
                    if out.krate.is_some() {
                        errors.at(&s, "duplicate `crate`");
                    }
                    match s.parse::<syn::Path>() {
                        Ok(path) => out.krate = Some(path),
                        Err(_) => errors.at(
                            &s,
                            format!(
                                "`crate` must be a path like \"::ocpp_enums\", not {:?}",
                                s.value()
                            ),
                        ),
                    }
                }
            },
            Item::Key { key, .. } if key == "alias" || key == "other" => errors.at(
                &key,
                format!("`{key}` belongs on a variant, not on the enum"),
            ),
            Item::Key { key, .. } => errors.at(
                &key,
                format!("unknown key `{key}` on the enum; expected {ENUM_KEYS}"),
            ),
        }
    }
    out
}

/// Reads one variant's `#[ocpp(...)]` attributes.
pub fn variant_attrs(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for item in items(attrs, errors) {
        match item {
            Item::Literal(lit) => {
                let Some(s) = string(lit, "the wire string", errors) else {
                    continue;
                };
                if let Some(first) = &out.wire {
                    errors.at(
                        &s,
                        format!(
                            "this variant already has the wire string {:?}; keep one, or accept this spelling with alias = {:?}",
                            first.value(),
                            s.value()
                        ),
                    );
                } else {
                    out.wire = Some(s);
                }
            }
            Item::Key { key, value } if key == "alias" => match value {
                None => errors.at(&key, "`alias` needs a value: alias = \"...\""),
                Some(value) => out.aliases.extend(string(value, "`alias`", errors)),
            },
            Item::Key { key, value } if key == "other" => {
                set_flag(&mut out.other, key, value, errors)
            }
            Item::Key { key, .. } if key == "ascii_case_insensitive" => errors.at(
                &key,
                "`ascii_case_insensitive` applies to the whole enum: put #[ocpp(ascii_case_insensitive)] above the enum",
            ),
            Item::Key { key, .. } if key == "crate" => errors.at(
                &key,
                "`crate` applies to the whole enum: put #[ocpp(crate = \"...\")] above the enum",
            ),
            Item::Key { key, .. } => errors.at(
                &key,
                format!("unknown key `{key}` on a variant; expected {VARIANT_KEYS}"),
            ),
        }
    }
    out
}
