//! Every semantic check of the derive input, with all errors collected.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::{Data, DataEnum, DeriveInput, Fields, Ident, LitStr, Path, PathSegment, Type};

use crate::attr::{self, VariantAttrs};
use crate::errors::Errors;
use crate::model::{Known, Other, Spec, Stub};

/// `::ocpp_enums`, the runtime crate's path unless `crate = "..."` says otherwise.
fn default_crate() -> Path {
    Path {
        leading_colon: Some(Default::default()),
        segments: std::iter::once(PathSegment::from(Ident::new(
            "ocpp_enums",
            Span::call_site(),
        )))
        .collect(),
    }
}

/// Checks `input`: the model to expand, or every error found together with
/// what the fallback needs to keep use sites free of follow-on errors (`None`
/// when no stand-in impl can be written, e.g. for a struct).
pub fn check(input: &DeriveInput) -> Result<Spec<'_>, (Errors, Option<Stub<'_>>)> {
    let mut errors = Errors::default();
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(s) => {
            errors.at(
                s.struct_token,
                format!(
                    "OcppEnum can only be derived for enums, and `{}` is a struct",
                    input.ident
                ),
            );
            return Err((errors, None));
        }
        Data::Union(u) => {
            errors.at(
                u.union_token,
                format!(
                    "OcppEnum can only be derived for enums, and `{}` is a union",
                    input.ident
                ),
            );
            return Err((errors, None));
        }
    };
    let generic = !input.generics.params.is_empty() || input.generics.where_clause.is_some();
    if generic {
        errors.at(
            &input.generics,
            "an OcppEnum cannot have generic parameters, lifetimes or a where clause: its wire strings name fixed values",
        );
    }
    let enum_attrs = attr::enum_attrs(&input.attrs, &mut errors);
    let krate = enum_attrs.krate.unwrap_or_else(default_crate);
    let ascii_case_insensitive = enum_attrs.ascii_case_insensitive.is_some();
    let (known, other) = variants(input, data, ascii_case_insensitive, &mut errors);

    if errors.is_empty() {
        Ok(Spec {
            ident: &input.ident,
            krate,
            ascii_case_insensitive,
            known,
            other,
        })
    } else {
        let stub = (!generic).then(|| Stub {
            ident: &input.ident,
            krate,
            all_unit: data
                .variants
                .iter()
                .all(|v| matches!(v.fields, Fields::Unit)),
        });
        Err((errors, stub))
    }
}

/// Checks every variant, its attributes and the uniqueness of all spellings.
fn variants<'a>(
    input: &'a DeriveInput,
    data: &'a DataEnum,
    ascii_case_insensitive: bool,
    errors: &mut Errors,
) -> (Vec<Known<'a>>, Option<Other<'a>>) {
    if data.variants.is_empty() {
        errors.at(
            &input.ident,
            format!("`{}` has no variants; an OcppEnum needs at least one variant with #[ocpp(\"Wire\")]", input.ident),
        );
    }
    let mut known = Vec::new();
    let mut other: Option<Other> = None;
    let mut seen = Spellings::new(ascii_case_insensitive);
    for variant in &data.variants {
        let before = errors.count();
        let VariantAttrs {
            wire,
            aliases,
            other: other_key,
        } = attr::variant_attrs(&variant.attrs, errors);
        // A variant whose attribute is already reported gets no follow-on errors.
        let attr_failed = errors.count() > before;
        for lit in wire.iter().chain(&aliases) {
            if check_spelling(lit, errors) {
                seen.insert(lit, &variant.ident, errors);
            }
        }
        match (&variant.fields, other_key) {
            (Fields::Unit, None) => match wire {
                Some(wire) => known.push(Known {
                    ident: &variant.ident,
                    wire: wire.value(),
                    aliases: aliases.iter().map(LitStr::value).collect(),
                }),
                None if attr_failed => {}
                None => errors.at(
                    &variant.ident,
                    format!(
                        "variant `{0}` needs its wire string: add #[ocpp(\"{0}\")] (or the exact spelling OCPP uses)",
                        variant.ident
                    ),
                ),
            },
            (Fields::Unit, Some(key)) => errors.at(
                key,
                "#[ocpp(other)] marks the catch-all, which holds the unmatched text: give it one String field, like `Other(String)`",
            ),
            (_, None) if attr_failed => {}
            (fields, None) => errors.at(
                fields,
                format!(
                    "variant `{}` has fields, which only the catch-all may have: make it a unit variant, or mark it #[ocpp(other)] with one String field",
                    variant.ident
                ),
            ),
            (fields, Some(key)) => {
                for lit in wire.iter().chain(&aliases) {
                    errors.at(lit, "the #[ocpp(other)] catch-all takes no wire string or alias: it holds whatever text matched nothing else");
                }
                let single = match fields {
                    Fields::Unnamed(f) if f.unnamed.len() == 1 => f.unnamed.first(),
                    _ => None,
                };
                match (single, &other) {
                    (None, _) => errors.at(
                        fields,
                        "#[ocpp(other)] needs exactly one unnamed String field, like `Other(String)`",
                    ),
                    (Some(_), Some(first)) => errors.at(
                        key,
                        format!("a second #[ocpp(other)]: `{}` is already the catch-all, and an enum has at most one", first.ident),
                    ),
                    (Some(field), None) if !is_string(&field.ty) => errors.at(
                        &field.ty,
                        "the #[ocpp(other)] field must be a `String`: it holds the unmatched text exactly as received",
                    ),
                    (Some(field), None) => other = Some(Other { ident: &variant.ident, ty: &field.ty }),
                }
            }
        }
    }
    // The runtime's spelling table addresses bytes and spellings with `u16`.
    let spellings = known.iter().map(|k| 1 + k.aliases.len()).sum::<usize>();
    let bytes = known
        .iter()
        .map(|k| k.wire.len() + k.aliases.iter().map(String::len).sum::<usize>())
        .sum::<usize>();
    if spellings > usize::from(u16::MAX) || bytes > usize::from(u16::MAX) {
        errors.at(
            &input.ident,
            format!(
                "`{}` has {spellings} spellings of {bytes} bytes in all; an OcppEnum holds at most {} of each",
                input.ident,
                u16::MAX
            ),
        );
    }
    if known.is_empty() && other.is_some() {
        errors.at(
            &input.ident,
            format!("`{}` has only a catch-all; an OcppEnum needs at least one variant with #[ocpp(\"Wire\")]", input.ident),
        );
    }
    (known, other)
}

/// True for `String`, `std::string::String` and `alloc::string::String`
/// (with or without a leading `::`). A type alias is not recognised: write
/// the type out.
fn is_string(ty: &Type) -> bool {
    let Type::Path(p) = ty else { return false };
    if p.qself.is_some() {
        return false;
    }
    let names: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let plain = p.path.segments.iter().all(|s| s.arguments.is_empty());
    plain
        && matches!(
            names
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice(),
            ["String"] | ["std" | "alloc", "string", "String"]
        )
}

/// Rejects spellings OCPP cannot carry: empty, whitespace, or not printable
/// ASCII (the CiString rule). True when `lit` is fine.
fn check_spelling(lit: &LitStr, errors: &mut Errors) -> bool {
    let value = lit.value();
    if value.is_empty() {
        errors.at(lit, "empty wire string: OCPP values are non-empty");
        return false;
    }
    let Some((at, c)) = value.char_indices().find(|(_, c)| !c.is_ascii_graphic()) else {
        return true;
    };
    let what = if c.is_whitespace() {
        "whitespace"
    } else {
        "a character outside printable ASCII"
    };
    errors.at(
        lit,
        format!("wire string {value:?} contains {what} ({c:?} at byte {at}); OCPP wire strings are printable ASCII without spaces"),
    );
    false
}

/// Every spelling seen so far and the variant that declared it.
struct Spellings<'a> {
    ascii_case_insensitive: bool,
    seen: HashMap<String, (String, &'a Ident)>,
}

impl<'a> Spellings<'a> {
    fn new(ascii_case_insensitive: bool) -> Self {
        Spellings {
            ascii_case_insensitive,
            seen: HashMap::new(),
        }
    }

    /// Records `lit` for `variant`, or reports it as a repeat of an earlier one.
    fn insert(&mut self, lit: &LitStr, variant: &'a Ident, errors: &mut Errors) {
        let value = lit.value();
        let key = if self.ascii_case_insensitive {
            value.to_ascii_lowercase()
        } else {
            value.clone()
        };
        match self.seen.get(&key) {
            None => {
                self.seen.insert(key, (value, variant));
            }
            Some((first, owner)) if *first == value => errors.at(
                lit,
                format!("duplicate wire string {value:?}: `{owner}` already uses it"),
            ),
            Some((first, owner)) => errors.at(
                lit,
                format!(
                    "wire string {value:?} equals {first:?} of `{owner}` ignoring ASCII case, and this enum is #[ocpp(ascii_case_insensitive)]"
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(src: &str) -> Vec<String> {
        let input: DeriveInput = syn::parse_str(src).expect("test input parses");
        match check(&input) {
            Ok(_) => Vec::new(),
            Err((errors, _)) => match errors.finish(()) {
                Ok(()) => Vec::new(),
                Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
            },
        }
    }

    #[test]
    fn a_valid_enum_passes() {
        let src =
            r#"enum E { #[ocpp("A", alias = "a1")] A, #[ocpp("B")] B, #[ocpp(other)] O(String) }"#;
        assert_eq!(errors_of(src), Vec::<String>::new());
    }

    #[test]
    fn every_error_is_reported_at_once() {
        let src = r#"enum E { A, #[ocpp("")] B, #[ocpp("x y")] C, #[ocpp("D")] D(u8), #[ocpp(bogus)] F }"#;
        let errors = errors_of(src);
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors[0].contains("needs its wire string"));
        assert!(errors[1].contains("empty wire string"));
        assert!(errors[2].contains("whitespace"));
        assert!(errors[3].contains("has fields"));
        assert!(errors[4].contains("unknown key `bogus`"));
    }

    #[test]
    fn duplicates_name_the_first_owner() {
        let errors = errors_of(r#"enum E { #[ocpp("A")] A, #[ocpp("B", alias = "A")] B }"#);
        assert_eq!(errors, ["duplicate wire string \"A\": `A` already uses it"]);
    }

    #[test]
    fn case_insensitive_enums_compare_ignoring_case() {
        let src =
            r#"#[ocpp(ascii_case_insensitive)] enum E { #[ocpp("Abc")] A, #[ocpp("ABC")] B }"#;
        let errors = errors_of(src);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("ignoring ASCII case"));
        assert!(errors_of(r#"enum E { #[ocpp("Abc")] A, #[ocpp("ABC")] B }"#).is_empty());
    }

    #[test]
    fn misplaced_keys_say_where_they_belong() {
        let errors =
            errors_of(r#"#[ocpp(alias = "x")] enum E { #[ocpp("A", ascii_case_insensitive)] A }"#);
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[0].contains("belongs on a variant"));
        assert!(errors[1].contains("applies to the whole enum"));
    }

    #[test]
    fn other_needs_one_string_field_and_is_unique() {
        assert!(
            errors_of(r#"enum E { #[ocpp("A")] A, #[ocpp(other)] O }"#)[0]
                .contains("one String field")
        );
        assert!(
            errors_of(r#"enum E { #[ocpp("A")] A, #[ocpp(other)] O(String, u8) }"#)[0]
                .contains("exactly one")
        );
        let twice = errors_of(
            r#"enum E { #[ocpp("A")] A, #[ocpp(other)] O(String), #[ocpp(other)] P(String) }"#,
        );
        assert_eq!(twice.len(), 1);
        assert!(twice[0].contains("`O` is already the catch-all"));
    }

    #[test]
    fn structs_unions_generics_and_empty_enums_are_rejected() {
        assert!(errors_of("struct S;")[0].contains("is a struct"));
        assert!(errors_of("union U { a: u8 }")[0].contains("is a union"));
        assert!(errors_of(r#"enum E<T> { #[ocpp("A")] A(T) }"#)[0].contains("generic"));
        assert!(errors_of("enum E {}")[0].contains("no variants"));
    }

    #[test]
    fn non_string_literals_and_bad_paths_are_rejected() {
        assert!(errors_of(r#"enum E { #[ocpp(1)] A }"#)[0].contains("expected a string literal"));
        assert!(
            errors_of(r#"#[ocpp(crate = "not a path")] enum E { #[ocpp("A")] A }"#)[0]
                .contains("must be a path")
        );
        assert!(errors_of(r#"enum E { #[ocpp("A", "B")] A }"#)[0]
            .contains("already has the wire string"));
    }
}
