//! The `newsparse` command: reads files or standard input, parses each article with the
//! library and writes the chosen format to standard output. Only glue lives here.

mod cli;
mod exit_codes;

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process;

use clap::Parser;
use newsparse::output;

use crate::cli::Cli;

fn main() {
    let cli = Cli::parse();
    process::exit(match run(&cli) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => exit_codes::SUCCESS,
        Err(e) => {
            eprintln!("newsparse: {e}");
            exit_codes::INPUT_FAILED
        }
    });
}

/// Prints `newsparse: SOURCE: message` on standard error.
fn message(source: &str, msg: impl std::fmt::Display) {
    eprintln!("newsparse: {source}: {msg}");
}

fn run(cli: &Cli) -> io::Result<i32> {
    let format = cli.output_format();
    let stdin_only = [Path::new("-").to_path_buf()];
    let files = if cli.files.is_empty() {
        &stdin_only[..]
    } else {
        &cli.files[..]
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if let Some(what) = cli.generate {
        cli::generate(what, &mut out)?;
        out.flush()?;
        return Ok(exit_codes::SUCCESS);
    }
    output::begin(&mut out, format)?;
    let mut code = exit_codes::SUCCESS;
    for path in files {
        let (source, bytes) = match read(path) {
            Ok(read) => read,
            Err((source, e)) => {
                message(&source, e);
                code = exit_codes::INPUT_FAILED;
                continue;
            }
        };
        let (article, warnings) = match newsparse::parse_bytes(&bytes, cli.from.kind()) {
            Ok(parsed) => parsed,
            Err(e) => {
                message(&source, e);
                code = exit_codes::INPUT_FAILED;
                continue;
            }
        };
        for w in &warnings {
            message(&source, format_args!("warning: {w}"));
        }
        if !output::write(&mut out, &article, &source, format)? {
            code = code.max(exit_codes::FIELD_MISSING);
        }
    }
    out.flush()?;
    Ok(code)
}

/// Reads a file, or standard input for `-`. Returns the name to report and the bytes.
fn read(path: &Path) -> Result<(String, Vec<u8>), (String, String)> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        let source = "<stdin>".to_string();
        return match io::stdin().lock().read_to_end(&mut bytes) {
            Ok(_) => Ok((source, bytes)),
            Err(e) => Err((source, e.to_string())),
        };
    }
    let source = path.display().to_string();
    if path.is_dir() {
        return Err((source, "is a directory".into()));
    }
    match std::fs::read(path) {
        Ok(b) => Ok((source, b)),
        Err(e) => Err((source, io_message(&e))),
    }
}

/// An I/O error as a short message without the OS error number.
fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
