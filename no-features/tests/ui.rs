//! What the derive does when `ocpp-enums` has none of `alloc`, `serde`,
//! `schemars` and `defmt`: asking for any of them is one error at the
//! attribute that asks, and everything else works. Regenerate the expected
//! diagnostics with
//! `TRYBUILD=overwrite cargo test -p ocpp-enums-no-features-tests` and
//! review the diff.

#[test]
fn without_alloc_serde_schemars_or_defmt() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*_fail.rs");
    t.pass("tests/ui/*_pass.rs");
}
