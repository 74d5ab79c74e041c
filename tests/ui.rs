//! Every misuse of the derive is a compile error that points at the mistake.
//! The expected diagnostics are pinned in `tests/ui/*.stderr`; regenerate them
//! with `TRYBUILD=overwrite cargo test --test ui` and review the diff.

#[test]
fn misuse_is_a_compile_error() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}

/// A proc macro that panics shows up as "proc-macro derive panicked": the
/// pinned diagnostics (which trybuild checks exactly) must have none.
#[test]
fn no_diagnostic_comes_from_a_panic() {
    let mut checked = 0;
    for entry in std::fs::read_dir("tests/ui").expect("tests/ui exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let stderr = std::fs::read_to_string(path.with_extension("stderr"))
                .unwrap_or_else(|_| panic!("{} has no .stderr", path.display()));
            assert!(!stderr.is_empty(), "{}: empty .stderr", path.display());
            for needle in [
                "panicked",
                "proc-macro derive produced unparsable tokens",
                "internal compiler error",
            ] {
                assert!(
                    !stderr.contains(needle),
                    "{}: {needle}\n{stderr}",
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} ui cases found");
}
