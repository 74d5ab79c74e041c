//! Reads `#[ocpp(...)]` attributes into typed settings, one list per place.
//!
//! Syntax is checked here; what the settings mean together (duplicates, which
//! variant may be `other`, ...) is checked in `validate`.

use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Lit, LitStr, Meta, Token};

use crate::errors::Errors;
use crate::model::StdImpl;
use crate::rename::RenameRule;

/// Keys accepted on the enum, and how each is written.
const ENUM_KEYS: &[(&str, &str)] = &[
    ("ascii_case_insensitive", "ascii_case_insensitive"),
    ("rename_all", "rename_all = \"...\""),
    ("serde", "serde"),
    ("schemars", "schemars"),
    ("defmt", "defmt"),
    ("skip", "skip(...)"),
    ("initiator", "initiator = \"...\""),
    ("crate", "crate = \"...\""),
];
/// Keys accepted on a variant, and how each is written.
const VARIANT_KEYS: &[(&str, &str)] = &[("alias", "alias = \"...\""), ("other", "other")];

/// `keys` as a message lists them, `first` first: "`a`, `b` or `c`".
fn listed(first: Option<&str>, keys: &[(&str, &str)]) -> String {
    let all: Vec<String> = first
        .into_iter()
        .map(str::to_owned)
        .chain(keys.iter().map(|(_, form)| format!("`{form}`")))
        .collect();
    match all.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, init)) => format!("{} or {last}", init.join(", ")),
        None => String::new(),
    }
}

/// How `key` is written, if it is one of `keys`.
fn form_of(key: &Ident, keys: &[(&'static str, &'static str)]) -> Option<&'static str> {
    keys.iter().find(|(k, _)| key == k).map(|&(_, form)| form)
}

/// The variant keys, as listed in messages.
fn variant_keys() -> String {
    listed(Some("a wire string (\"Wire\")"), VARIANT_KEYS)
}

/// One comma-separated item inside `#[ocpp(...)]`.
enum Item {
    /// A bare literal: the wire string, if it is a string.
    Literal(Lit),
    /// `key`, `key = literal` or `key(name, ...)`.
    Key { key: Ident, value: Value },
}

/// What follows a key.
enum Value {
    /// Nothing: a flag.
    None,
    /// `= literal`.
    Lit(Lit),
    /// `(name, ...)`.
    List(Punctuated<Ident, Token![,]>),
}

impl Parse for Item {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Lit) {
            return input.parse().map(Item::Literal);
        }
        if !input.peek(Ident::peek_any) {
            return Err(input.error(format!("expected {}", variant_keys())));
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
            Value::Lit(input.parse()?)
        } else if input.peek(syn::token::Paren) {
            let content;
            syn::parenthesized!(content in input);
            Value::List(content.parse_terminated(list_name, Token![,])?)
        } else {
            Value::None
        };
        Ok(Item::Key { key, value })
    }
}

/// One name inside `key(...)`.
fn list_name(input: ParseStream) -> syn::Result<Ident> {
    if input.peek(Ident::peek_any) {
        Ident::parse_any(input)
    } else {
        Err(input.error(format!(
            "expected the name of a trait, one of {}",
            StdImpl::names()
        )))
    }
}

impl Value {
    /// The literal of `key = literal`, or an error (at `key`) saying the key
    /// needs one, like `example`.
    fn lit(self, key: &Ident, example: &str, errors: &mut Errors) -> Option<Lit> {
        match self {
            Value::Lit(lit) => Some(lit),
            Value::None | Value::List(_) => {
                errors.at(key, format!("`{key}` needs a value: {example}"));
                None
            }
        }
    }

    /// Nothing for a flag; an error (at the value) for `key = ...` or
    /// `key(...)`.
    fn flag(self, key: &Ident, errors: &mut Errors) -> bool {
        match self {
            Value::None => true,
            Value::Lit(lit) => {
                errors.at(lit, format!("`{key}` takes no value: write #[ocpp({key})]"));
                false
            }
            Value::List(list) => {
                errors.at(list, format!("`{key}` takes no list: write #[ocpp({key})]"));
                false
            }
        }
    }
}

/// Settings on the enum itself.
#[derive(Default)]
pub struct EnumAttrs {
    /// `ascii_case_insensitive`, where given.
    pub ascii_case_insensitive: Option<Ident>,
    /// `crate = "path"`, where given.
    pub krate: Option<syn::Path>,
    /// `initiator = "path"`: the function that says who sends each message.
    pub initiator: Option<syn::Path>,
    /// `serde`, where given.
    pub serde: Option<Ident>,
    /// `schemars`, where given.
    pub schemars: Option<Ident>,
    /// `defmt`, where given.
    pub defmt: Option<Ident>,
    /// `rename_all = "rule"`, where given.
    pub rename_all: Option<RenameRule>,
    /// `rename_all` was given but could not be read (already reported).
    pub rename_all_failed: bool,
    /// The impls `skip(...)` names, each once.
    pub skip: Vec<StdImpl>,
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
fn set_flag(slot: &mut Option<Ident>, key: Ident, value: Value, errors: &mut Errors) {
    if !value.flag(&key, errors) {
        return;
    }
    if slot.is_some() {
        errors.at(&key, format!("duplicate `{key}`"));
    } else {
        *slot = Some(key);
    }
}

/// Reads `rename_all = "rule"` into `slot`.
fn set_rename_all(slot: &mut Option<RenameRule>, key: &Ident, value: Value, errors: &mut Errors) {
    let example = "rename_all = \"snake_case\"";
    let Some(lit) = value.lit(key, example, errors) else {
        return;
    };
    let Some(s) = string(lit, "`rename_all`", errors) else {
        return;
    };
    if slot.is_some() {
        errors.at(&s, "duplicate `rename_all`");
        return;
    }
    match RenameRule::from_name(&s.value()) {
        Some(rule) => *slot = Some(rule),
        None => errors.at(
            &s,
            format!(
                "unknown rename_all rule {:?}; expected one of {}",
                s.value(),
                RenameRule::names()
            ),
        ),
    }
}

/// Reads `key = "path"` into `slot`; the path keeps the literal's span, so
/// that type errors in generated code point at the string.
fn set_path(
    slot: &mut Option<syn::Path>,
    key: &Ident,
    value: Value,
    like: &str,
    errors: &mut Errors,
) {
    let example = format!("{key} = {like:?}");
    let Some(lit) = value.lit(key, &example, errors) else {
        return;
    };
    let Some(s) = string(lit, &format!("`{key}`"), errors) else {
        return;
    };
    if slot.is_some() {
        errors.at(&s, format!("duplicate `{key}`"));
        return;
    }
    match s.parse::<syn::Path>() {
        Ok(path) => *slot = Some(path),
        Err(_) => errors.at(
            &s,
            format!("`{key}` must be a path like {like:?}, not {:?}", s.value()),
        ),
    }
}

/// Adds the impls named by `skip(...)` to `skip`.
fn add_skips(skip: &mut Vec<StdImpl>, key: &Ident, value: Value, errors: &mut Errors) {
    let Value::List(list) = value else {
        errors.at(
            key,
            format!(
                "`skip` needs a list of the impls to leave out, like skip(Display); any of {}",
                StdImpl::names()
            ),
        );
        return;
    };
    for name in list {
        let text = name.unraw().to_string();
        match StdImpl::from_name(&text) {
            Some(imp) if skip.contains(&imp) => {
                errors.at(&name, format!("`{text}` is already skipped"))
            }
            Some(imp) => skip.push(imp),
            None if text == "OcppEnum" => errors.at(
                &name,
                "`OcppEnum` cannot be skipped: it is what the derive implements",
            ),
            None if text == "Serialize" || text == "Deserialize" => errors.at(
                &name,
                "serde impls are written only on request: leave out #[ocpp(serde)] instead of skipping them",
            ),
            None if text == "JsonSchema" => errors.at(
                &name,
                "`JsonSchema` is written only on request: leave out #[ocpp(schemars)] instead of skipping it",
            ),
            None => errors.at(
                &name,
                format!(
                    "unknown impl `{text}` in skip; expected any of {}",
                    StdImpl::names()
                ),
            ),
        }
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
            Item::Key { key, value } if key == "serde" => {
                set_flag(&mut out.serde, key, value, errors)
            }
            Item::Key { key, value } if key == "schemars" => {
                set_flag(&mut out.schemars, key, value, errors)
            }
            Item::Key { key, value } if key == "defmt" => {
                set_flag(&mut out.defmt, key, value, errors)
            }
            Item::Key { key, value } if key == "rename_all" => {
                let before = errors.count();
                set_rename_all(&mut out.rename_all, &key, value, errors);
                out.rename_all_failed |= errors.count() > before;
            }
            Item::Key { key, value } if key == "skip" => {
                add_skips(&mut out.skip, &key, value, errors)
            }
            Item::Key { key, value } if key == "crate" => {
                set_path(&mut out.krate, &key, value, "::ocpp_enums", errors)
            }
            Item::Key { key, value } if key == "initiator" => {
                set_path(&mut out.initiator, &key, value, "Self::initiator", errors)
            }
            Item::Key { key, .. } if form_of(&key, VARIANT_KEYS).is_some() => errors.at(
                &key,
                format!("`{key}` belongs on a variant, not on the enum"),
            ),
            Item::Key { key, .. } => errors.at(
                &key,
                format!(
                    "unknown key `{key}` on the enum; expected {}",
                    listed(None, ENUM_KEYS)
                ),
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
            Item::Key { key, value } if key == "alias" => {
                if let Some(value) = value.lit(&key, "alias = \"...\"", errors) {
                    out.aliases.extend(string(value, "`alias`", errors));
                }
            }
            Item::Key { key, value } if key == "other" => {
                set_flag(&mut out.other, key, value, errors)
            }
            Item::Key { key, .. } if form_of(&key, ENUM_KEYS).is_some() => {
                let form = form_of(&key, ENUM_KEYS).unwrap_or_default();
                errors.at(
                    &key,
                    format!(
                        "`{key}` applies to the whole enum: put #[ocpp({form})] above the enum"
                    ),
                )
            }
            Item::Key { key, .. } => errors.at(
                &key,
                format!(
                    "unknown key `{key}` on a variant; expected {}",
                    variant_keys()
                ),
            ),
        }
    }
    out
}
