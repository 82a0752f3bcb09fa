//! The `newsparse` command: reads files, standard input or JSON Lines, parses each article with
//! the library (on several threads, output kept in input order) and writes the chosen format to
//! standard output. Only glue lives here.

mod cli;
mod exit_codes;
mod input;
mod ordered;

use std::alloc::{GlobalAlloc, Layout};
use std::io::{self, BufWriter, IoSlice, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process;
use std::thread;

use clap::Parser;
use libmimalloc_sys as mi;
use newsparse::html::InputKind;
use newsparse::jsonl::{self, Outcome};
use newsparse::output::{self, Format};

use crate::cli::Cli;
use crate::input::Job;

// See Cargo.toml: the parser's many small allocations are cheaper here than with the system's.
#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// mimalloc, through its plain entry points wherever the alignment asked for is one every
/// block of it has. The `mimalloc` crate's allocator always calls the aligned ones, which test
/// the alignment and take a longer path to the same block: about 40 more instructions for
/// each of the parser's allocations (some 140 an article).
struct Allocator;

/// The alignment of every block mimalloc gives out: a machine word (its block sizes are
/// multiples of one, and it rounds every request up to one).
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: every path hands the request to mimalloc: the plain calls only where the alignment
// asked for is at most a word's, which every mimalloc block has, the aligned calls otherwise;
// blocks from either are freed and resized by mimalloc, as the `mimalloc` crate does.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from mimalloc (the caller's promise, and every path above).
        unsafe { mi::mi_free(ptr.cast()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above; the block keeps the alignment it was allocated with.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, mimalloc.h, version 3; the
/// crate's bindings do not name it): how long freed memory is kept from the system, 1 s by
/// default. The test below checks the place still holds an option with that default.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// From the first input of this many bytes on, freed memory goes back to the system at once.
const LONG_INPUT: usize = 1 << 20;

/// Freed memory goes back to the system at once: a long article's stages each free buffers of
/// about its size, and kept for a second they doubled the peak (30 MB of text: 237 MB of RSS,
/// 111 MB with this). Only once a long input comes along: with threads parsing ordinary
/// articles, returning memory at once cost 7% of the time of two threads.
fn return_freed_memory_at_once() {
    // SAFETY: sets one of mimalloc's options, which it reads at each purge; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

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

/// What parsing one job gave: the rendered output, messages for standard error, and the exit
/// status it calls for.
#[derive(Default)]
struct Done {
    out: Vec<u8>,
    messages: Vec<String>,
    code: i32,
}

impl Done {
    /// Adds `newsparse: SOURCE: message` for standard error.
    fn message(&mut self, source: &str, msg: impl std::fmt::Display) {
        self.messages.push(format!("newsparse: {source}: {msg}"));
    }

    fn fail(&mut self, source: &str, msg: impl std::fmt::Display) {
        self.message(source, msg);
        self.code = exit_codes::INPUT_FAILED;
    }

    /// `--get FIELD`: the article lacks the field.
    fn missing(&mut self) {
        self.code = self.code.max(exit_codes::FIELD_MISSING);
    }
}

/// How every job is rendered.
struct Settings {
    format: Format,
    /// `--from`: text or HTML, or `None` to tell by content.
    kind: Option<InputKind>,
    jsonl: jsonl::Options,
}

fn run(cli: &Cli) -> io::Result<i32> {
    let settings = Settings {
        format: cli.output_format(),
        kind: cli.from.kind(),
        jsonl: jsonl::Options {
            field: cli.field.clone(),
            keep: cli
                .keep
                .as_ref()
                .map(|names| names.iter().filter(|n| !n.is_empty()).cloned().collect()),
        },
    };
    // The files named, then those listed; standard input when there are neither.
    let named = if cli.files.is_empty() && cli.files_from.is_none() {
        vec![PathBuf::from("-")]
    } else {
        cli.files.clone()
    };
    let listed = cli
        .files_from
        .as_deref()
        .map(|list| input::listed(list, cli.null));
    let paths = named
        .into_iter()
        .map(Ok)
        .chain(listed.into_iter().flatten());
    let threads = match cli.threads {
        Some(n) => usize::from(n),
        None => thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let stdout = io::stdout().lock();
    if let Some(what) = cli.generate {
        let mut out = BufWriter::new(stdout);
        cli::generate(what, &mut out)?;
        out.flush()?;
        return Ok(exit_codes::SUCCESS);
    }
    let mut out = Records::new(stdout);
    let mut head = Vec::new();
    output::begin(&mut head, settings.format)?;
    out.push(head)?;
    let mut code = exit_codes::SUCCESS;
    let jobs = input::jobs(paths, cli.jsonl, cli.max_bytes, threads > 1).inspect(|job| {
        if job.weight() >= LONG_INPUT {
            return_freed_memory_at_once();
        }
    });
    ordered::map(
        jobs,
        threads,
        Job::weight,
        |job| work(job, &settings),
        |done| {
            // Messages go out with the record they belong to.
            if !done.messages.is_empty() {
                out.flush()?;
                for m in &done.messages {
                    eprintln!("{m}");
                }
            }
            code = code.max(done.code);
            out.push(done.out)
        },
    )?;
    out.flush()?;
    Ok(code)
}

/// Standard output, written a few hundred kilobytes at a time in one vectored write of whole
/// records, each in the buffer its worker rendered it into: no copy into a second buffer.
struct Records<W: Write> {
    out: W,
    records: Vec<Vec<u8>>,
    bytes: usize,
}

impl<W: Write> Records<W> {
    /// Records are written out once they hold this many bytes.
    const FLUSH_AT: usize = 256 * 1024;

    fn new(out: W) -> Records<W> {
        Records {
            out,
            records: Vec::new(),
            bytes: 0,
        }
    }

    fn push(&mut self, record: Vec<u8>) -> io::Result<()> {
        self.bytes += record.len();
        self.records.push(record);
        if self.bytes >= Self::FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes every record held, in order (`write_all` over several buffers).
    fn flush(&mut self) -> io::Result<()> {
        let mut slices: Vec<IoSlice> = self.records.iter().map(|r| IoSlice::new(r)).collect();
        let mut rest = &mut slices[..];
        IoSlice::advance_slices(&mut rest, 0); // past empty records
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.records.clear();
        self.bytes = 0;
        self.out.flush()
    }
}

/// Parses one job. A panic in the parser (a bug) fails this input only.
fn work(job: Job, settings: &Settings) -> Done {
    let mut done = Done::default();
    let source = job.source();
    let result = panic::catch_unwind(AssertUnwindSafe(|| render(job, settings, &mut done)));
    match result {
        Ok(Ok(())) => {}
        Ok(Err(e)) => done.fail(&source, e),
        Err(_) => done.fail(
            &source,
            "internal error: the parser failed on this input (please report it)",
        ),
    }
    done
}

fn render(job: Job, settings: &Settings, done: &mut Done) -> io::Result<()> {
    match job {
        Job::Failed { source, message } => done.fail(&source, message),
        Job::Article { source, bytes } => match newsparse::parse_bytes(&bytes, settings.kind) {
            Err(e) => done.fail(&source, e),
            Ok((article, warnings)) => {
                for w in &warnings {
                    done.message(&source, format_args!("warning: {w}"));
                }
                // The record is at most about twice the input (quotes repeat parts of the text,
                // escapes lengthen it): one allocation, not a dozen growing.
                done.out.reserve(2 * bytes.len() + 1024);
                if !output::write(&mut done.out, &article, &source, settings.format)? {
                    done.missing();
                }
            }
        },
        Job::Line { source, bytes } => render_line(&source, bytes, settings, done)?,
        // Read here, on the worker's thread.
        file @ Job::File { .. } => render(file.read(), settings, done)?,
    }
    Ok(())
}

/// One JSON line: a record with the kept fields and the article, or an error record in its
/// place (so output lines still match input lines).
fn render_line(
    source: &str,
    bytes: Result<Vec<u8>, String>,
    settings: &Settings,
    done: &mut Done,
) -> io::Result<()> {
    let opts = &settings.jsonl;
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => {
            done.fail(source, &e);
            return jsonl::write_error(&mut done.out, None, opts, source, &e);
        }
    };
    match jsonl::process(&mut done.out, &bytes, opts, source, settings.format)? {
        Outcome::Parsed { empty, found } => {
            if empty {
                done.message(source, "warning: input is empty");
            }
            if !found {
                done.missing();
            }
        }
        Outcome::Failed(e) => done.fail(source, e),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_where_it_is_looked_for() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            eprintln!("skipped: MIMALLOC_PURGE_DELAY is set in the environment");
            return;
        }
        // SAFETY: reads one of mimalloc's options.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(
            delay, 1000,
            "mimalloc's option {MI_OPTION_PURGE_DELAY} is not the purge delay"
        );
    }
}
