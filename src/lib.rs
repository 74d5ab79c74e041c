//! Not published: hosts the workspace's integration tests and examples, and
//! runs the README's code blocks as doc tests.
#![doc = include_str!("../README.md")]
