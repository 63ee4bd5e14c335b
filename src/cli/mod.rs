//! Arguments → configuration → run → exit code. Exit codes: 0 every input
//! succeeded, 1 some input failed (the others are still written), 2 usage or fatal
//! errors. A reader that goes away (broken pipe) is not an error.
//!
//! Each subcommand lives in its own module with its clap `Args` struct and a
//! `run(args) -> ExitCode`; adding one is a variant in [`Command`] and an arm in
//! [`main`].

mod csv;
mod eval;
mod extract;
mod output;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "blotter",
    version,
    about = "Structured, auditable records from news articles about law enforcement"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract records from articles (files, directories, JSON Lines, or - for stdin).
    Extract(extract::ExtractArgs),
    /// Score records (or extract and score) against gold files, like `score.py`.
    Eval(eval::EvalArgs),
}

/// Exit code: some input failed.
const EXIT_FAILED: u8 = 1;
/// Exit code: usage error or fatal failure (output cannot be written).
const EXIT_FATAL: u8 = 2;

/// Entry point.
pub fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(EXIT_FATAL)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match args.command {
        Command::Extract(a) => extract::run(a),
        Command::Eval(a) => eval::run(a),
    }
}

/// A usage error found after parsing: message and exit code 2.
fn usage(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("blotter: {message}");
    ExitCode::from(EXIT_FATAL)
}
