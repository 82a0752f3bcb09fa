//! Runs a function over a stream of jobs on worker threads and hands the results back in input
//! order. Jobs travel in small batches (a handful of articles), so that threads wake each other
//! once per batch rather than once per article, and at most a fixed window of batches is in
//! flight (read, being worked on, or finished and waiting for an earlier one), so memory stays
//! flat however long the stream is.
//!
//! Plain `std` threads and channels: the work is one function over independent jobs with an
//! ordered sink, which a pool with a bounded queue covers in a page; rayon's parallel iterators
//! would need the whole input collected first or an extra ordering layer on top.

use std::collections::BTreeMap;
use std::sync::{Mutex, mpsc};
use std::thread;

/// Batches in flight per thread: enough to keep every thread busy while one slow batch holds
/// up the output, few enough that memory is a handful of articles per thread.
const WINDOW_PER_THREAD: usize = 4;

/// A batch closes at this many jobs or this much weight (input bytes), whichever comes first:
/// a few articles, a few hundred JSON lines, or one big article alone.
const BATCH_JOBS: usize = 16;
const BATCH_WEIGHT: usize = 256 * 1024;

/// Calls `sink` with `work(job)` for every job, in the order of `jobs`, computing on `threads`
/// threads (the calling thread reads the jobs and runs the sink). `weight` is a job's size
/// (its bytes), which bounds a batch. Stops at the first error from `sink`.
pub fn map<J, R, E>(
    jobs: impl Iterator<Item = J>,
    threads: usize,
    weight: impl Fn(&J) -> usize,
    work: impl Fn(J) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    J: Send,
    R: Send,
{
    if threads <= 1 {
        return jobs.map(work).try_for_each(sink);
    }
    let window = threads * WINDOW_PER_THREAD;
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Vec<J>)>(window);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<R>)>();
    let job_rx = Mutex::new(job_rx);
    thread::scope(|scope| {
        for _ in 0..threads {
            let (job_rx, done_tx, work) = (&job_rx, done_tx.clone(), &work);
            scope.spawn(move || {
                loop {
                    // The lock is held only while waiting for the next batch.
                    let next = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((i, batch)) = next else { break };
                    let results = batch.into_iter().map(work).collect();
                    if done_tx.send((i, results)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        // Dropped on the way out, which ends the workers.
        let job_tx = job_tx;
        let mut jobs = jobs.fuse();
        let (mut sent, mut written) = (0, 0);
        let mut waiting = BTreeMap::new();
        loop {
            while sent - written < window {
                let batch = next_batch(&mut jobs, &weight);
                if batch.is_empty() {
                    break;
                }
                job_tx
                    .send((sent, batch))
                    .expect("workers run until the queue closes");
                sent += 1;
            }
            if written == sent {
                return Ok(());
            }
            let (i, results) = done_rx
                .recv()
                .expect("a worker finishes every batch it takes");
            waiting.insert(i, results);
            while let Some(results) = waiting.remove(&written) {
                results.into_iter().try_for_each(&mut sink)?;
                written += 1;
            }
        }
    })
}

/// The next jobs, up to `BATCH_JOBS` of them or `BATCH_WEIGHT` in weight; empty at the end.
fn next_batch<J>(jobs: &mut impl Iterator<Item = J>, weight: impl Fn(&J) -> usize) -> Vec<J> {
    let mut batch = Vec::new();
    let mut total = 0;
    while batch.len() < BATCH_JOBS && total < BATCH_WEIGHT {
        let Some(job) = jobs.next() else { break };
        total += weight(&job);
        batch.push(job);
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order() {
        // (threads, job weight: small jobs batch up, heavy ones go alone)
        for (threads, weight) in [(1, 1), (2, 1), (4, 1), (2, BATCH_WEIGHT), (3, 100_000)] {
            let mut got = Vec::new();
            let jobs = (0..200u64).map(|i| (i, (i * 7919) % 13));
            let work = |(i, wait): (u64, u64)| {
                thread::sleep(std::time::Duration::from_micros(wait * 50));
                i * 2
            };
            map(
                jobs,
                threads,
                |_| weight,
                work,
                |r| {
                    got.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            let want: Vec<u64> = (0..200).map(|i| i * 2).collect();
            assert_eq!(got, want, "threads {threads}, weight {weight}");
        }
    }

    #[test]
    fn stops_at_the_first_sink_error() {
        let mut seen = 0;
        let r = map(
            0..1000,
            3,
            |_| 1,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 { Err(i) } else { Ok(()) }
            },
        );
        assert_eq!(r, Err(10));
        assert_eq!(seen, 11);
    }
}
