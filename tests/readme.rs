//! The README's attribute reference is the one rustdoc shows:
//! `ocpp-enums/src/attributes.md`, included in the crate documentation and
//! on the derive. Edit that file, then copy it into the README.

#[test]
fn the_readme_holds_the_attribute_reference() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let reference = std::fs::read_to_string(root.join("ocpp-enums/src/attributes.md")).unwrap();
    let section = format!("## Attribute reference\n\n{}\n", reference.trim_end());
    assert!(
        readme.contains(&section),
        "README.md's \"Attribute reference\" is not ocpp-enums/src/attributes.md"
    );
}

/// The READMEs crates.io shows hold no development notes and nothing that
/// breaks outside the repository: no relative links, no hidden doc-test
/// lines (`# ...`, which crates.io shows raw); each says how to depend on
/// the crate. Their code blocks run as doc tests of this package.
#[test]
fn crate_readmes_stand_alone() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for krate in ["ocpp-enums", "ocpp-enum-derive", "ocpp-enum-hash"] {
        let manifest = std::fs::read_to_string(root.join(krate).join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains("readme = \"README.md\""),
            "{krate}: readme"
        );
        let readme = std::fs::read_to_string(root.join(krate).join("README.md")).unwrap();
        assert!(
            readme.contains("[dependencies]\nocpp-enums = \"0.1\""),
            "{krate}: dependency line"
        );
        let mut in_code = false;
        for (n, line) in readme.lines().enumerate() {
            if line.starts_with("```") {
                in_code = !in_code;
            } else if in_code {
                assert!(
                    !(line == "#" || line.starts_with("# ")),
                    "{krate}/README.md:{}: hidden doc-test line",
                    n + 1
                );
            }
            for (at, _) in line.match_indices("](") {
                let target = &line[at + 2..];
                assert!(
                    target.starts_with("https://"),
                    "{krate}/README.md:{}: link that breaks outside the repository: {line}",
                    n + 1
                );
            }
            for dev in [
                ".ci/run",
                "trybuild",
                "cargo fuzz",
                "BENCHMARKS.md",
                "tests/",
            ] {
                assert!(
                    !line.contains(dev),
                    "{krate}/README.md:{}: development note {dev:?}",
                    n + 1
                );
            }
        }
    }
}
