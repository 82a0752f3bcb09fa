//! Times `newsparse::parse_html` on every `.html` file in a folder, one core, and prints the
//! median and 90th percentile per page. Each page is parsed five times and its fastest run
//! counts, so that other work on the machine disturbs the figures less. Unpack the dev pages
//! first:
//!
//! ```sh
//! mkdir -p /tmp/pages && for f in ../shared/corpus/pages/dev/html/*.gz; do
//!   zcat "$f" > /tmp/pages/$(basename "$f" .gz); done
//! cargo run --release --example html_speed -- /tmp/pages
//! ```

use std::time::Instant;

/// Runs per page; the fastest counts.
const RUNS: usize = 5;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let mut pages: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    pages.sort();
    if pages.is_empty() {
        eprintln!("no .html files in {dir}");
        std::process::exit(2);
    }
    let mut ms: Vec<f64> = pages
        .iter()
        .map(|page| {
            (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(newsparse::parse_html(page));
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q) as usize];
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let total: f64 = ms.iter().sum();
    println!(
        "{} pages, median {:.2} ms, p90 {:.2} ms, max {:.2} ms, {:.0} MB/s overall",
        ms.len(),
        at(0.5),
        at(0.9),
        at(1.0),
        bytes as f64 / 1e6 / (total / 1000.0)
    );
}
