//! Scaling on adversarial inputs: each family at 1 MB and 8 MB. Linear means the 8 MB time is
//! at most about 8× (the README's robustness table; the target is ≤ 10×).
//!
//! `cargo bench --bench adversarial`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

#[path = "../tests/families/mod.rs"]
mod families;

fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for family in families::FAMILIES {
        for mb in [1, 8] {
            let bytes = (family.make)(mb << 20);
            let text = newsparse::decode::decode(&bytes).expect("text").text;
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(family.name, format!("{mb}MB")),
                &text,
                |b, t| b.iter(|| newsparse::parse(t)),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
