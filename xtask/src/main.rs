//! Build tasks for rasd: `cargo xtask <task>`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {}
