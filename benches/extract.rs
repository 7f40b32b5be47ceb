//! Speed, side by side with jieba-rs segmentation of the same text.
//!
//! `RENSHI_BENCH_CORPUS=../shared/bench/news.txt cargo bench` measures on a
//! corpus of one article per line; without it, on the sample article.
//! `RENSHI_BENCH_REPEAT=10` runs over the corpus that many times over
//! (news.txt ten times is 40 MB).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jieba_rs::Jieba;
use renshi::{Coverage, Extraction, Extractor};
use std::hint::black_box;

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample_article.txt"));

fn corpus() -> Vec<String> {
    let articles: Vec<String> = match std::env::var("RENSHI_BENCH_CORPUS") {
        Ok(path) => std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("RENSHI_BENCH_CORPUS={path}: {e}"))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        Err(_) => vec![SAMPLE.to_string(); 20],
    };
    let repeat = match std::env::var("RENSHI_BENCH_REPEAT") {
        Ok(n) => n.parse().unwrap_or_else(|e| panic!("RENSHI_BENCH_REPEAT={n}: {e}")),
        Err(_) => 1,
    };
    let n = articles.len();
    articles.into_iter().cycle().take(n * repeat).collect()
}

fn json_len(x: &Extraction) -> usize {
    serde_json::to_vec(x).map_or(0, |v| v.len())
}

/// An article `factor` times longer: linear work takes `factor` times longer.
fn scaling(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for factor in [1, 8] {
        let article = SAMPLE.repeat(factor);
        group.throughput(Throughput::Bytes(article.len() as u64));
        group.bench_function(format!("{factor}x sample article"), |b| {
            b.iter(|| extractor.extract(black_box(&article)))
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("jieba-rs Jieba::new", |b| b.iter(Jieba::new));
    group.bench_function("renshi Extractor::new + one article", |b| {
        b.iter(|| Extractor::new().extract(black_box(SAMPLE)))
    });
    group.finish();
}

fn throughput(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(String::len).sum();
    let extractor = Extractor::new();
    let moves = Extractor::builder()
        .coverage(Coverage::Moves)
        .build()
        .expect("embedded dictionaries build");
    let jieba = Jieba::new();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("jieba-rs cut", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| jieba.cut(black_box(a), true).len())
                .sum::<usize>()
        })
    });
    // The whole extraction, JSON written, as users run it.
    let run = |x: &Extractor| {
        articles
            .iter()
            .map(|a| json_len(&x.extract(black_box(a))))
            .sum::<usize>()
    };
    group.bench_function("renshi extract, Coverage::Everything", |b| b.iter(|| run(&extractor)));
    group.bench_function("renshi extract, Coverage::Moves", |b| b.iter(|| run(&moves)));
    group.finish();
}

criterion_group!(benches, build, throughput, scaling);
criterion_main!(benches);
