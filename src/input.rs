//! Reading the inputs: whole files (or standard input), or JSON Lines one line at a time, each
//! held to a size limit. Turns the command line's paths into a stream of jobs for the parser;
//! what cannot be read becomes a job that reports why, in its place in the order.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};

use newsparse::decode::InputError;

/// One unit of work, in input order.
pub enum Job {
    /// A whole article: a file, or standard input.
    Article { source: String, bytes: Vec<u8> },
    /// One line of a JSON Lines input (`source` is `PATH:LINE`), or why it could not be read.
    Line {
        source: String,
        bytes: Result<Vec<u8>, String>,
    },
    /// An input that could not be opened or read.
    Failed { source: String, message: String },
    /// A regular file of `size` bytes, not yet read: workers read their own files (see
    /// [`Job::read`]), so that reading is not the one thread's work that all others wait on.
    File {
        path: PathBuf,
        size: u64,
        max_bytes: u64,
    },
}

impl Job {
    /// The bytes it holds, which bound how many jobs travel together between threads.
    pub fn weight(&self) -> usize {
        match self {
            Job::Article { bytes, .. }
            | Job::Line {
                bytes: Ok(bytes), ..
            } => bytes.len(),
            Job::File { size, .. } => usize::try_from(*size).unwrap_or(usize::MAX),
            Job::Line { .. } | Job::Failed { .. } => 0,
        }
    }

    /// The name its messages and records give: the path, `<stdin>`, or `PATH:LINE`.
    pub fn source(&self) -> String {
        match self {
            Job::Article { source, .. } | Job::Line { source, .. } | Job::Failed { source, .. } => {
                source.clone()
            }
            Job::File { path, .. } => path.display().to_string(),
        }
    }

    /// The job with its file read: an article, or why it could not be read (other jobs are
    /// returned as they are).
    pub fn read(self) -> Job {
        let Job::File {
            path,
            size,
            max_bytes,
        } = self
        else {
            return self;
        };
        // Its size is known from the `stat` that made the job: the file is opened and read,
        // with no second `stat` (one system call in six per file).
        let source = path.display().to_string();
        let bytes = File::open(&path)
            .map_err(|e| io_message(&e))
            .and_then(|file| read_all(file, Some(size), max_bytes));
        Job::whole(source, bytes)
    }

    /// An article read whole, or why it could not be.
    fn whole(source: String, bytes: Result<Vec<u8>, String>) -> Job {
        match bytes {
            Ok(bytes) => Job::Article { source, bytes },
            Err(message) => Job::Failed { source, message },
        }
    }
}

/// A path to read, or why the list that was to name it could not be read: `(source, message)`.
pub type Named = Result<PathBuf, (String, String)>;

/// The paths listed in `list` (`--files-from`; `-` is standard input), one per line (without a
/// `\r` before the line end), or with `null` one per NUL byte; read as the stream reaches them,
/// empty entries skipped. A list that cannot be read gives one error, in its place.
pub fn listed(list: &Path, null: bool) -> Box<dyn Iterator<Item = Named>> {
    let source = list.display().to_string();
    let stdin_list = list.as_os_str() == "-";
    let mut reader: Box<dyn BufRead> = if stdin_list {
        Box::new(io::stdin().lock())
    } else {
        match File::open(list) {
            Ok(file) => Box::new(BufReader::new(file)),
            Err(e) => return Box::new(std::iter::once(Err((source, io_message(&e))))),
        }
    };
    let separator = if null { b'\0' } else { b'\n' };
    let mut done = false;
    Box::new(std::iter::from_fn(move || {
        while !done {
            let mut entry = Vec::new();
            match reader.read_until(separator, &mut entry) {
                Ok(0) => done = true,
                Ok(_) => {}
                Err(e) => {
                    done = true;
                    return Some(Err((source.clone(), io_message(&e))));
                }
            }
            if entry.last() == Some(&separator) {
                entry.pop();
            }
            if !null && entry.last() == Some(&b'\r') {
                entry.pop();
            }
            if entry.is_empty() {
                continue;
            }
            if stdin_list && entry == b"-" {
                let message = "standard input holds the list of files (--files-from -)";
                return Some(Err(("-".into(), message.into())));
            }
            return Some(Ok(path_of(entry)));
        }
        None
    }))
}

/// A path from the bytes a list gives for it.
#[cfg(unix)]
fn path_of(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    std::ffi::OsString::from_vec(bytes).into()
}

/// A path from the bytes a list gives for it (UTF-8 where paths are not bytes).
#[cfg(not(unix))]
fn path_of(bytes: Vec<u8>) -> PathBuf {
    String::from_utf8_lossy(&bytes).into_owned().into()
}

/// The jobs for `paths` (`-` is standard input), in order: one per file, or one per non-blank
/// line when `jsonl`. Files are opened one at a time, as the stream reaches them; with
/// `defer`, regular files are left for the workers to read.
pub fn jobs(
    paths: impl Iterator<Item = Named>,
    jsonl: bool,
    max_bytes: u64,
    defer: bool,
) -> impl Iterator<Item = Job> {
    paths.flat_map(move |path| -> Box<dyn Iterator<Item = Job>> {
        let path = match path {
            Ok(path) => path,
            Err((source, message)) => {
                return Box::new(std::iter::once(Job::Failed { source, message }));
            }
        };
        // A regular file is read later, by the worker that parses it; its size (one
        // `stat`) bounds the batch it travels in. Anything else is read here, as is every file
        // when there are no workers (opened, then its size asked of the open file: one lookup
        // of the path, not two).
        if defer
            && !jsonl
            && path.as_os_str() != "-"
            && let Ok(meta) = std::fs::metadata(&path)
            && meta.is_file()
            && meta.len() <= max_bytes
        {
            return Box::new(std::iter::once(Job::File {
                path,
                size: meta.len(),
                max_bytes,
            }));
        }
        if !jsonl {
            return Box::new(std::iter::once(read_whole(&path, max_bytes)));
        }
        let (source, reader, _) = match open(&path) {
            Ok(opened) => opened,
            Err((source, message)) => {
                return Box::new(std::iter::once(Job::Failed { source, message }));
            }
        };
        Box::new(JsonLines {
            reader: BufReader::with_capacity(256 * 1024, reader),
            source,
            number: 0,
            max_bytes,
            done: false,
        })
    })
}

/// A whole file (or standard input for `-`) as one article, or why it could not be read.
fn read_whole(path: &Path, max_bytes: u64) -> Job {
    let (source, reader, len) = match open(path) {
        Ok(opened) => opened,
        Err((source, message)) => return Job::Failed { source, message },
    };
    if len.is_some_and(|n| n > max_bytes) {
        let message = InputError::TooLarge(max_bytes).to_string();
        return Job::Failed { source, message };
    }
    Job::whole(source, read_all(reader, len, max_bytes))
}

/// Opens a file, or standard input for `-`: the name to report, a reader, and the size when
/// known in advance.
type Opened = (String, Box<dyn Read>, Option<u64>);

fn open(path: &Path) -> Result<Opened, (String, String)> {
    if path.as_os_str() == "-" {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            eprintln!(
                "newsparse: reading an article from the terminal: paste it, then press Ctrl-D \
                 (or give a FILE; see --help)"
            );
        }
        return Ok(("<stdin>".into(), Box::new(stdin.lock()), None));
    }
    let source = path.display().to_string();
    let fail = |e: &io::Error| (source.clone(), io_message(e));
    let file = File::open(path).map_err(|e| fail(&e))?;
    let meta = file.metadata().map_err(|e| fail(&e))?;
    if meta.is_dir() {
        return Err((source, "is a directory".into()));
    }
    let len = meta.is_file().then_some(meta.len());
    Ok((source, Box::new(file), len))
}

/// Reads all of `reader`, failing once it passes `max_bytes` (a device or a pipe that never
/// ends stops there too). `len`: the size a `stat` gave, if it did.
fn read_all(mut reader: impl Read, len: Option<u64>, max_bytes: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if let Some(len) = len.filter(|&n| n > 0 && n <= max_bytes) {
        // Room for one byte more than the size: a read that stops at the size stopped short of
        // the room, at the end of the file, and no further read is needed to learn that it is
        // the end (one system call in five per file). A file that shrank ends at a read of
        // nothing; one that grew fills the room, and the rest is read as from a stream.
        let len = len as usize;
        bytes.resize(len + 1, 0);
        let mut filled = 0;
        loop {
            match reader.read(&mut bytes[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(io_message(&e)),
            }
            if filled == len || filled == bytes.len() {
                break;
            }
        }
        bytes.truncate(filled);
        if filled <= len {
            return Ok(bytes);
        }
    }
    reader
        .take(max_bytes.saturating_add(1) - bytes.len() as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge(max_bytes).to_string());
    }
    Ok(bytes)
}

/// The non-blank lines of a JSON Lines input, each its own job.
struct JsonLines<R> {
    reader: R,
    source: String,
    /// The number of the last line read, from 1.
    number: usize,
    max_bytes: u64,
    done: bool,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        while !self.done {
            self.number += 1;
            let source = format!("{}:{}", self.source, self.number);
            let mut line = Vec::new();
            let bytes = match read_line(&mut self.reader, &mut line, self.max_bytes) {
                Ok(None) => return None,
                Ok(Some(true)) => Err(InputError::TooLarge(self.max_bytes).to_string()),
                Ok(Some(false)) if line.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(Some(false)) => Ok(line),
                Err(e) => {
                    self.done = true;
                    return Some(Job::Failed {
                        source,
                        message: io_message(&e),
                    });
                }
            };
            return Some(Job::Line { source, bytes });
        }
        None
    }
}

/// Reads one line, without its `\n`, into `line`. `None` at the end of the input;
/// `Some(true)` when the line was longer than `max_bytes` (it is skipped, not buffered).
fn read_line(r: &mut impl BufRead, line: &mut Vec<u8>, max_bytes: u64) -> io::Result<Option<bool>> {
    let (mut any, mut too_long) = (false, false);
    loop {
        let chunk = match r.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let end = memchr::memchr(b'\n', chunk);
        let part = &chunk[..end.unwrap_or(chunk.len())];
        if !too_long && (line.len() + part.len()) as u64 > max_bytes {
            too_long = true;
            *line = Vec::new();
        }
        if !too_long {
            line.extend_from_slice(part);
        }
        let used = end.map_or(chunk.len(), |i| i + 1);
        r.consume(used);
        if end.is_some() {
            return Ok(Some(too_long));
        }
    }
}

/// An I/O error as a short message without the OS error number.
fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives at most `step` bytes a read, and counts its reads.
    struct Trickle<'a> {
        rest: &'a [u8],
        step: usize,
        reads: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.reads += 1;
            let n = buf.len().min(self.step).min(self.rest.len());
            buf[..n].copy_from_slice(&self.rest[..n]);
            self.rest = &self.rest[n..];
            Ok(n)
        }
    }

    #[test]
    fn files_are_read_whole_whatever_their_size_said() {
        // (content, size from `stat`, bytes a read, limit, the result, reads made when the size
        // decides them; how a stream is read to its end is the standard library's)
        type Row<'a> = (
            &'a str,
            Option<u64>,
            usize,
            u64,
            Result<&'a str, ()>,
            Option<usize>,
        );
        let rows: &[Row] = &[
            // The size right: one read, none more to find the end.
            ("article", Some(7), 100, 100, Ok("article"), Some(1)),
            // Short reads: as many as it takes, still none after the last byte.
            ("article", Some(7), 3, 100, Ok("article"), Some(3)),
            // The file grew since: read on to its end.
            (
                "article and more",
                Some(7),
                100,
                100,
                Ok("article and more"),
                None,
            ),
            // It shrank: a read of nothing ends it.
            ("art", Some(7), 100, 100, Ok("art"), Some(2)),
            // No size (a pipe), or none worth trusting (0 for files in /proc).
            ("article", None, 100, 100, Ok("article"), None),
            ("article", Some(0), 100, 100, Ok("article"), None),
            ("", Some(0), 100, 100, Ok(""), None),
            // Past the limit, however it came.
            ("article", Some(7), 100, 6, Err(()), None),
            ("article and more", Some(7), 100, 10, Err(()), None),
        ];
        for &(content, len, step, max, ref want, reads) in rows {
            let mut r = Trickle {
                rest: content.as_bytes(),
                step,
                reads: 0,
            };
            let got = read_all(&mut r, len, max);
            let got = got.map(|b| String::from_utf8(b).unwrap());
            assert_eq!(got.as_deref().map_err(|_| ()), *want, "{content:?} {len:?}");
            if let Some(reads) = reads {
                assert_eq!(r.reads, reads, "reads of {content:?} {len:?} {step}");
            }
        }
    }

    #[test]
    fn lines_are_read_within_the_limit() {
        let rows: &[(&str, u64, &[Option<(&str, bool)>])] = &[
            (
                "a\nbb\n",
                10,
                &[Some(("a", false)), Some(("bb", false)), None],
            ),
            (
                "a\nbb",
                10,
                &[Some(("a", false)), Some(("bb", false)), None],
            ),
            (
                "abc\nd\r\n",
                2,
                &[Some(("", true)), Some(("d\r", false)), None],
            ),
            ("\n", 2, &[Some(("", false)), None]),
            ("", 2, &[None]),
        ];
        for (input, max, want) in rows {
            // A tiny buffer, so lines span several reads.
            let mut r = BufReader::with_capacity(2, input.as_bytes());
            for w in *want {
                let mut line = Vec::new();
                let got = read_line(&mut r, &mut line, *max).unwrap();
                let got = got.map(|long| (String::from_utf8(line).unwrap(), long));
                assert_eq!(
                    got,
                    w.map(|(l, long)| (l.to_string(), long)),
                    "input {input:?}"
                );
            }
        }
    }
}
