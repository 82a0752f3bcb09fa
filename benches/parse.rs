//! `parse()` throughput (MB/s) on articles of several sizes: the PolNeAR dev articles from the
//! shared corpus when it sits beside the checkout (smallest, median, largest, and all of them
//! one after another), and articles written here, grown from one short article to 1 MB.
//!
//! `cargo bench --bench parse`

use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A short article written for this benchmark: header, dateline, quotes with attributions.
const ARTICLE: &str = "Leaders open two days of talks on trade\n\nBy Jane Doe and John Roe, Staff Writers\n\n\
April 25, 2019\n\nGENEVA (Reuters) - Leaders of the two countries met on Thursday for talks that \
officials hope will end a long dispute over tariffs and quotas.\n\n“We are confident that this \
meeting will be useful,” Jane Doe, the trade minister, told reporters.\n\nShe added that “a lot \
of work” remained. \"We will not sign anything today,\" said Mr. Roe, a spokesman.\n\n\
According to officials, the talks will continue next week.\n\n";

/// The shared PolNeAR dev articles, by size; empty (with a message) when absent.
fn shared_articles() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/dev/text");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped the corpus articles: {} is absent", dir.display());
        return Vec::new();
    };
    let mut texts: Vec<String> = entries
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    texts.sort_by_key(String::len);
    texts
}

fn parse(c: &mut Criterion) {
    let mut inputs: Vec<(String, String)> = Vec::new();
    let shared = shared_articles();
    if !shared.is_empty() {
        for (name, i) in [
            ("smallest", 0),
            ("median", shared.len() / 2),
            ("largest", shared.len() - 1),
        ] {
            inputs.push((format!("polnear {name}"), shared[i].clone()));
        }
        inputs.push(("polnear dev, joined".into(), shared.join("\n\n")));
    }
    for kb in [1, 10, 100, 1024] {
        let body = ARTICLE.repeat((kb << 10) / ARTICLE.len() + 1);
        inputs.push((format!("written {kb}KB"), body));
    }
    let mut group = c.benchmark_group("parse");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| newsparse::parse(t))
        });
    }
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
