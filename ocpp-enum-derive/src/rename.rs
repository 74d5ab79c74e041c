//! `rename_all`: serde's eight rules for turning a variant's name into its
//! wire string.

/// One of serde's `rename_all` rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameRule {
    /// `"PascalCase"`: the name as written.
    Pascal,
    /// `"camelCase"`.
    Camel,
    /// `"snake_case"`.
    Snake,
    /// `"SCREAMING_SNAKE_CASE"`.
    ScreamingSnake,
    /// `"kebab-case"`.
    Kebab,
    /// `"SCREAMING-KEBAB-CASE"`.
    ScreamingKebab,
    /// `"lowercase"`.
    Lower,
    /// `"UPPERCASE"`.
    Upper,
}

impl RenameRule {
    /// Every rule and how it is written, in serde's order: the one list that
    /// parsing and the error message use.
    pub const ALL: [(&'static str, RenameRule); 8] = [
        ("lowercase", RenameRule::Lower),
        ("UPPERCASE", RenameRule::Upper),
        ("PascalCase", RenameRule::Pascal),
        ("camelCase", RenameRule::Camel),
        ("snake_case", RenameRule::Snake),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
        ("kebab-case", RenameRule::Kebab),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
    ];

    /// The rule written as `name`, exactly (serde's spelling).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|&(_, r)| r)
    }

    /// Every rule's name, quoted and comma-separated, for messages.
    pub fn names() -> String {
        let quoted: Vec<String> = Self::ALL.iter().map(|(n, _)| format!("\"{n}\"")).collect();
        quoted.join(", ")
    }

    /// The wire string of a variant named `variant` (without `r#`), as
    /// serde's `rename_all` computes it for variants.
    pub fn apply(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => {
                let mut chars = variant.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
            RenameRule::Snake => words(variant, '_'),
            RenameRule::ScreamingSnake => words(variant, '_').to_ascii_uppercase(),
            RenameRule::Kebab => words(variant, '-'),
            RenameRule::ScreamingKebab => words(variant, '-').to_ascii_uppercase(),
        }
    }
}

/// `variant` lowercased, with `separator` before every uppercase letter but
/// the first: serde's `snake_case` (`"L1N"` is `"l1_n"`).
fn words(variant: &str, separator: char) -> String {
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, c) in variant.char_indices() {
        if i > 0 && c.is_uppercase() {
            out.push(separator);
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_converts_as_serde_does() {
        let cases = [
            ("lowercase", "chargingprofile", "l1n"),
            ("UPPERCASE", "CHARGINGPROFILE", "L1N"),
            ("PascalCase", "ChargingProfile", "L1N"),
            ("camelCase", "chargingProfile", "l1N"),
            ("snake_case", "charging_profile", "l1_n"),
            ("SCREAMING_SNAKE_CASE", "CHARGING_PROFILE", "L1_N"),
            ("kebab-case", "charging-profile", "l1-n"),
            ("SCREAMING-KEBAB-CASE", "CHARGING-PROFILE", "L1-N"),
        ];
        for (name, profile, phase) in cases {
            let rule = RenameRule::from_name(name).expect("a rule");
            assert_eq!(rule.apply("ChargingProfile"), profile, "{name}");
            assert_eq!(rule.apply("L1N"), phase, "{name}");
        }
        assert_eq!(RenameRule::ALL.len(), cases.len());
    }

    #[test]
    fn names_are_exact() {
        assert_eq!(RenameRule::from_name("snake_case"), Some(RenameRule::Snake));
        assert_eq!(RenameRule::from_name("snake-case"), None);
        assert_eq!(RenameRule::from_name("SnakeCase"), None);
        assert!(RenameRule::names().starts_with("\"lowercase\", \"UPPERCASE\""));
    }
}
