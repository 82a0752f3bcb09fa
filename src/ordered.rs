//! Runs a function over a stream of jobs on worker threads and hands the results back in input
//! order. At most a fixed window of jobs is in flight (read, being worked on, or finished and
//! waiting for an earlier one), so memory stays flat however long the stream is.
//!
//! Plain `std` threads and channels: the work is one function over independent jobs with an
//! ordered sink, which a pool with a bounded queue covers in a page; rayon's parallel iterators
//! would need the whole input collected first or an extra ordering layer on top.

use std::collections::BTreeMap;
use std::sync::{Mutex, mpsc};
use std::thread;

/// Jobs in flight per thread: enough to keep every thread busy while one slow job holds up
/// the output, few enough that memory is a handful of articles per thread.
const WINDOW_PER_THREAD: usize = 4;

/// Calls `sink` with `work(job)` for every job, in the order of `jobs`, computing on `threads`
/// threads (the calling thread reads the jobs and runs the sink). Stops at the first error
/// from `sink`.
pub fn map<J, R, E>(
    jobs: impl Iterator<Item = J>,
    threads: usize,
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
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, J)>(window);
    let (done_tx, done_rx) = mpsc::channel::<(usize, R)>();
    let job_rx = Mutex::new(job_rx);
    thread::scope(|scope| {
        for _ in 0..threads {
            let (job_rx, done_tx, work) = (&job_rx, done_tx.clone(), &work);
            scope.spawn(move || {
                loop {
                    // The lock is held only while waiting for the next job.
                    let next = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((i, job)) = next else { break };
                    if done_tx.send((i, work(job))).is_err() {
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
                let Some(job) = jobs.next() else { break };
                job_tx
                    .send((sent, job))
                    .expect("workers run until the queue closes");
                sent += 1;
            }
            if written == sent {
                return Ok(());
            }
            let (i, result) = done_rx
                .recv()
                .expect("a worker finishes every job it takes");
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&written) {
                sink(result)?;
                written += 1;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order() {
        for threads in [1, 2, 4] {
            let mut got = Vec::new();
            let jobs = (0..200u64).map(|i| (i, (i * 7919) % 13));
            let work = |(i, wait): (u64, u64)| {
                thread::sleep(std::time::Duration::from_micros(wait * 50));
                i * 2
            };
            map(jobs, threads, work, |r| {
                got.push(r);
                Ok::<(), ()>(())
            })
            .unwrap();
            let want: Vec<u64> = (0..200).map(|i| i * 2).collect();
            assert_eq!(got, want, "threads {threads}");
        }
    }

    #[test]
    fn stops_at_the_first_sink_error() {
        let mut seen = 0;
        let r = map(
            0..1000,
            3,
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
