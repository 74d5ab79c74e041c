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
