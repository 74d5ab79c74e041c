//! Every semantic check of the derive input, with all errors collected.

use proc_macro2::Span;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Data, DataEnum, DeriveInput, Fields, Ident, LitStr, Path, PathSegment, Type};

use crate::attr::{self, EnumAttrs, VariantAttrs};
use crate::errors::Errors;
use crate::model::{Known, Options, Other, Spec, Stub};
use crate::rename::RenameRule;

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
/// what the fallback needs to keep use sites free of follow-on errors.
pub fn check(input: &DeriveInput) -> Result<(Spec<'_>, Options), (Errors, Box<Stub<'_>>)> {
    let mut errors = Errors::default();
    let kind = match &input.data {
        Data::Enum(_) => None,
        Data::Struct(s) => Some(("a struct", s.struct_token.to_token_stream())),
        Data::Union(u) => Some(("a union", u.union_token.to_token_stream())),
    };
    if let Some((kind, token)) = kind {
        errors.at(
            token,
            format!(
                "OcppEnum can only be derived for enums, and `{}` is {kind}",
                input.ident
            ),
        );
    }
    let generic = !input.generics.params.is_empty() || input.generics.where_clause.is_some();
    if generic {
        errors.at(
            &input.generics,
            "an OcppEnum cannot have generic parameters, lifetimes or a where clause: its wire strings name fixed values",
        );
    }
    let EnumAttrs {
        ascii_case_insensitive,
        krate,
        initiator,
        serde,
        schemars,
        defmt,
        rename_all,
        rename_all_failed,
        skip,
    } = attr::enum_attrs(&input.attrs, &mut errors);
    let krate = krate.unwrap_or_else(default_crate);
    let ascii_case_insensitive = ascii_case_insensitive.is_some();
    let options = Options {
        serde: serde.map(|s| s.span()),
        schemars: schemars.map(|s| s.span()),
        defmt: defmt.map(|s| s.span()),
        skip,
    };
    let Data::Enum(data) = &input.data else {
        return Err((errors, stub(input, krate, options)));
    };
    // A `rename_all` already reported as unreadable leaves the variants it
    // would have named without follow-on errors.
    let rename = match (rename_all, rename_all_failed) {
        (Some(rule), _) => Rename::Rule(rule),
        (None, true) => Rename::Failed,
        (None, false) => Rename::None,
    };
    let (known, other) = variants(input, data, ascii_case_insensitive, rename, &mut errors);

    if errors.is_empty() {
        let spec = Spec {
            ident: &input.ident,
            krate,
            ascii_case_insensitive,
            known,
            other,
            initiator,
        };
        Ok((spec, options))
    } else {
        Err((errors, stub(input, krate, options)))
    }
}

/// The stand-in for `input`, whatever is wrong with it.
fn stub(input: &DeriveInput, krate: Path, options: Options) -> Box<Stub<'_>> {
    let all_unit = match &input.data {
        Data::Enum(data) => data
            .variants
            .iter()
            .all(|v| matches!(v.fields, Fields::Unit)),
        Data::Struct(_) | Data::Union(_) => true,
    };
    Box::new(Stub {
        ident: &input.ident,
        generics: &input.generics,
        krate,
        all_unit,
        options,
    })
}

/// What names a unit variant without a wire string of its own.
#[derive(Clone, Copy)]
enum Rename {
    /// Nothing: it is an error.
    None,
    /// `rename_all`'s rule.
    Rule(RenameRule),
    /// A `rename_all` that is itself an error.
    Failed,
}

/// Checks every variant, its attributes and the uniqueness of all spellings.
fn variants<'a>(
    input: &'a DeriveInput,
    data: &'a DataEnum,
    ascii_case_insensitive: bool,
    rename: Rename,
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
            let value = lit.value();
            if check_spelling(&value, lit, errors) {
                seen.insert(value, lit, &variant.ident, errors);
            }
        }
        match (&variant.fields, other_key) {
            (Fields::Unit, None) => {
                // Without its own wire string, a variant's name converted by
                // `rename_all`, checked like a written one but reported at
                // the variant.
                let wire = match (wire, rename) {
                    (Some(wire), _) => Some(wire.value()),
                    (None, Rename::Rule(rule)) => {
                        let value = rule.apply(&variant.ident.unraw().to_string());
                        check_spelling(&value, &variant.ident, errors).then(|| {
                            seen.insert(value.clone(), &variant.ident, &variant.ident, errors);
                            value
                        })
                    }
                    (None, Rename::Failed) => None,
                    (None, Rename::None) if attr_failed => None,
                    (None, Rename::None) => {
                        errors.at(
                            &variant.ident,
                            format!(
                                "variant `{0}` needs its wire string: add #[ocpp(\"{0}\")] (or the exact spelling OCPP uses), or derive every missing one from the variant names with #[ocpp(rename_all = \"...\")] on the enum",
                                variant.ident.unraw()
                            ),
                        );
                        None
                    }
                };
                if let Some(wire) = wire {
                    known.push(Known {
                        ident: &variant.ident,
                        wire,
                        aliases: aliases.iter().map(LitStr::value).collect(),
                    });
                }
            }
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
                        not_a_string(&field.ty),
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

/// The message for an `#[ocpp(other)]` field of type `ty`, which is not a
/// `String` as far as the derive can see.
fn not_a_string(ty: &Type) -> String {
    const PRIMITIVES: &[&str] = &[
        "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    let message = "the #[ocpp(other)] field must be a `String`: it holds the unmatched text exactly as received";
    let named = match ty {
        Type::Path(p) if p.qself.is_none() => p
            .path
            .segments
            .last()
            .filter(|s| s.arguments.is_empty())
            .map(|s| s.ident.to_string()),
        _ => None,
    };
    match named {
        Some(name) if !PRIMITIVES.contains(&name.as_str()) => format!(
            "{message}. The derive cannot see through type aliases: if `{name}` is an alias of `String`, write `String` here"
        ),
        _ => message.to_owned(),
    }
}

/// Rejects spellings OCPP cannot carry: empty, whitespace, or not printable
/// ASCII (the CiString rule), reporting them at `at`. True when `value` is
/// fine.
fn check_spelling(value: &str, at: impl ToTokens, errors: &mut Errors) -> bool {
    if value.is_empty() {
        errors.at(at, "empty wire string: OCPP values are non-empty");
        return false;
    }
    let Some((byte, c)) = value.char_indices().find(|(_, c)| !c.is_ascii_graphic()) else {
        return true;
    };
    let what = if c.is_whitespace() {
        "whitespace"
    } else {
        "a character outside printable ASCII"
    };
    errors.at(
        at,
        format!("wire string {value:?} contains {what} ({c:?} at byte {byte}); OCPP wire strings are printable ASCII without spaces"),
    );
    false
}

/// Every spelling seen so far (its key: the spelling, lowercased when the
/// enum ignores case) and the variant that declared it. A list, not a map:
/// enums have at most a few hundred spellings, and a `HashMap` was a
/// sixteenth of this crate's code to compile.
struct Spellings<'a> {
    ascii_case_insensitive: bool,
    seen: Vec<(String, String, &'a Ident)>,
}

impl<'a> Spellings<'a> {
    fn new(ascii_case_insensitive: bool) -> Self {
        Spellings {
            ascii_case_insensitive,
            seen: Vec::new(),
        }
    }

    /// Records `value` for `variant`, or reports it (at `at`) as a repeat of
    /// an earlier one.
    fn insert(
        &mut self,
        value: String,
        at: impl ToTokens,
        variant: &'a Ident,
        errors: &mut Errors,
    ) {
        let key = if self.ascii_case_insensitive {
            value.to_ascii_lowercase()
        } else {
            value.clone()
        };
        match self.seen.iter().find(|(k, _, _)| *k == key) {
            None => self.seen.push((key, value, variant)),
            Some((_, first, owner)) if *first == value => errors.at(
                at,
                format!("duplicate wire string {value:?}: `{owner}` already uses it"),
            ),
            Some((_, first, owner)) => errors.at(
                at,
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
    use crate::model::StdImpl;

    /// The options of an accepted input.
    fn options_of(src: &str) -> Options {
        let input: DeriveInput = syn::parse_str(src).expect("test input parses");
        match check(&input) {
            Ok((_, options)) => options,
            Err(_) => panic!("input rejected: {src}"),
        }
    }

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

    #[test]
    fn rename_all_fills_in_missing_wire_strings_only() {
        let input: DeriveInput = syn::parse_str(
            r#"#[ocpp(rename_all = "kebab-case")] enum E { ChargingProfile, #[ocpp("Own")] Written, #[ocpp(alias = "x")] r#Type }"#,
        )
        .expect("test input parses");
        let Ok((spec, _)) = check(&input) else {
            panic!("rename_all input rejected");
        };
        let wires: Vec<&str> = spec.known.iter().map(|k| k.wire.as_str()).collect();
        assert_eq!(wires, ["charging-profile", "Own", "type"]);
        assert_eq!(spec.known[2].aliases, ["x"]);
    }

    #[test]
    fn derived_wire_strings_are_checked_at_the_variant() {
        let errors = errors_of(r#"#[ocpp(rename_all = "lowercase")] enum E { Ab, AB, Maße }"#);
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[0].contains("duplicate wire string \"ab\""));
        assert!(errors[1].contains("outside printable ASCII"));
    }

    #[test]
    fn a_bad_rename_all_is_the_only_error() {
        let errors = errors_of(r#"#[ocpp(rename_all = "Title Case")] enum E { A, B }"#);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].contains("unknown rename_all rule"));
        assert!(errors[0].contains("\"SCREAMING-KEBAB-CASE\""));
    }

    #[test]
    fn serde_and_skip_are_read_into_the_options() {
        let options = options_of(
            r#"#[ocpp(serde, skip(Display, Into))] #[ocpp(skip(AsRef))] enum E { #[ocpp("A")] A }"#,
        );
        assert!(options.serde.is_some());
        assert!(options.schemars.is_none());
        assert_eq!(
            options.skip,
            [StdImpl::Display, StdImpl::Into, StdImpl::AsRef]
        );
        assert!(options.writes(StdImpl::FromStr));
        assert!(!options.writes(StdImpl::AsRef));
    }

    #[test]
    fn schemars_is_read_into_the_options() {
        let options = options_of(r#"#[ocpp(schemars)] enum E { #[ocpp("A")] A }"#);
        assert!(options.schemars.is_some());
        assert!(options.serde.is_none());
    }

    #[test]
    fn bad_schemars_options_are_reported_each_at_its_token() {
        let errors = errors_of(
            r#"#[ocpp(schemars, schemars, schemars = "yes", skip(JsonSchema))] enum E { #[ocpp("A")] A }"#,
        );
        assert_eq!(errors.len(), 3, "{errors:#?}");
        assert!(errors[0].contains("duplicate `schemars`"));
        assert!(errors[1].contains("`schemars` takes no value"));
        assert!(errors[2].contains("leave out #[ocpp(schemars)]"));
    }

    #[test]
    fn defmt_is_read_into_the_options() {
        let options = options_of(r#"#[ocpp(defmt)] enum E { #[ocpp("A")] A }"#);
        assert!(options.defmt.is_some());
        assert!(options.serde.is_none());
        let errors = errors_of(r#"#[ocpp(defmt, defmt)] enum E { #[ocpp("A")] A }"#);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].contains("duplicate `defmt`"));
    }

    #[test]
    fn bad_options_are_reported_each_at_its_token() {
        let errors = errors_of(
            r#"#[ocpp(serde, serde, skip(Display, Display, Debug, OcppEnum), skip)] enum E { #[ocpp("A")] A }"#,
        );
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors[0].contains("duplicate `serde`"));
        assert!(errors[1].contains("already skipped"));
        assert!(errors[2].contains("unknown impl `Debug`"));
        assert!(errors[3].contains("cannot be skipped"));
        assert!(errors[4].contains("needs a list"));
    }

    #[test]
    fn a_type_alias_for_the_catch_all_is_named_in_the_message() {
        let alias = errors_of(r#"enum E { #[ocpp("A")] A, #[ocpp(other)] O(Text) }"#);
        assert!(
            alias[0].contains("if `Text` is an alias of `String`"),
            "{alias:?}"
        );
        let number = errors_of(r#"enum E { #[ocpp("A")] A, #[ocpp(other)] O(u32) }"#);
        assert!(!number[0].contains("alias"), "{number:?}");
    }
}
