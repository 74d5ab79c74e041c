//! Every variant of the catalogue says its wire string first in its
//! documentation: ``/// `"Wire"`: ...``, with its aliases as
//! ``/// `"Wire"` (also read: `"Alias"`): ...``, so that rustdoc shows what
//! is sent without a look at the source.
//!
//! A lint of the documentation, so it reads the source; the catalogue's data
//! itself comes from `ocpp_enums::v16::ENUMS`.

use std::path::Path;

use ocpp_enums::v16;

#[test]
fn every_variant_documents_its_wire_string() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ocpp-enums/src/v16");
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let mut missing = Vec::new();
    for info in v16::ENUMS {
        for (i, wire) in info.variants().iter().enumerate() {
            let aliases: Vec<String> = info
                .aliases()
                .iter()
                .filter(|&&(_, of)| of == i)
                .map(|(alias, _)| format!("`\"{alias}\"`"))
                .collect();
            let mut head = format!("/// `\"{wire}\"`");
            if !aliases.is_empty() {
                head = format!("{head} (also read:");
            }
            if !text.lines().any(|l| l.trim_start().starts_with(&head)) {
                missing.push(format!("{}::{wire}", info.name()));
            }
        }
    }
    assert!(missing.is_empty(), "undocumented wire strings: {missing:?}");
}
