//! What the derive does when `ocpp-enums` has neither `alloc`, `serde` nor
//! `defmt`:
//! asking for either is one error at the attribute that asks, and everything
//! else works. Regenerate the expected diagnostics with
//! `TRYBUILD=overwrite cargo test -p ocpp-enums-no-features-tests` and
//! review the diff.

#[test]
fn without_alloc_serde_or_defmt() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*_fail.rs");
    t.pass("tests/ui/*_pass.rs");
}
