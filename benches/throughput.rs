//! Speed side by side on a real broker, in one run (issue: reliability and speed):
//! 1. pass-through (consume and produce the same bytes, no stages): the practical limit;
//! 2. the full wirefeed pipeline (`wirefeed run`, one worker thread) on the same articles;
//! 3. the Python reference pipeline (`benches/python/`: aiokafka, datasketch, regex).
//!
//! Then end-to-end latency of the full pipeline at half its measured maximum rate.
//!
//! Run: `scripts/bench/throughput.sh` (starts Kafka, prepares the Python venv). Under
//! `cargo test --all-targets` it runs a small smoke pass (no Python) when a broker is set.
//! Throughput is measured the same way for all three: records over the span between the first
//! and the last output record's timestamps (the producers' create times), so start-up and
//! group joins are excluded.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer, StreamConsumer};
use rdkafka::producer::{
    BaseRecord, DefaultProducerContext, FutureProducer, FutureRecord, Producer, ThreadedProducer,
};
use rdkafka::Message;

struct Run {
    name: &'static str,
    records: usize,
    seconds: f64,
    bytes: usize,
    peak_rss: Option<u64>,
}

impl Run {
    fn rate(&self) -> f64 {
        self.records as f64 / self.seconds
    }
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / self.seconds / 1e6
    }
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let Ok(bootstrap) = std::env::var("WIREFEED_TEST_BOOTSTRAP") else {
        eprintln!("throughput: WIREFEED_TEST_BOOTSTRAP not set; run scripts/bench/throughput.sh");
        return;
    };
    let n: usize = std::env::var("WIREFEED_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if full { 20_000 } else { 300 });
    let tag = uuid::Uuid::now_v7().simple().to_string()[20..].to_string();
    let topic = |s: &str| format!("bench.{tag}.{s}");
    let articles = articles(n);
    let bytes: usize = articles.iter().map(String::len).sum();
    eprintln!("throughput: {n} articles, mean {} bytes", bytes / n);
    create_topics(
        &bootstrap,
        &[
            topic("in"),
            topic("pt"),
            topic("wf"),
            topic("py"),
            topic("lat-in"),
            topic("lat-out"),
        ],
    );
    produce_all(&bootstrap, &topic("in"), &articles, None);

    let mut runs = Vec::new();
    runs.push(pass_through(
        &bootstrap,
        &topic("in"),
        &topic("pt"),
        n,
        bytes,
    ));
    let (wf, _) = run_wirefeed(
        &bootstrap,
        &topic("in"),
        &topic("wf"),
        &format!("bench-{tag}-wf"),
        n,
        bytes,
        None,
    );
    runs.push(wf);
    if full {
        match python_reference(
            &bootstrap,
            &topic("in"),
            &topic("py"),
            &format!("bench-{tag}-py"),
            n,
            bytes,
        ) {
            Some(py) => runs.push(py),
            None => eprintln!(
                "throughput: Python reference skipped (no venv; run scripts/bench/throughput.sh)"
            ),
        }
    }
    // Latency at half the measured maximum rate.
    let half_rate = runs[1].rate() / 2.0;
    let lat_n = if full {
        (half_rate * 15.0) as usize
    } else {
        100
    };
    let lat_articles = self::articles(lat_n.max(50));
    let (_, latencies) = run_wirefeed(
        &bootstrap,
        &topic("lat-in"),
        &topic("lat-out"),
        &format!("bench-{tag}-lat"),
        lat_articles.len(),
        0,
        Some((&lat_articles, half_rate)),
    );

    println!("\n| run | articles/s | MB/s | vs pass-through | peak RSS |");
    println!("|---|---:|---:|---:|---:|");
    let limit = runs[0].rate();
    for r in &runs {
        let rss = r
            .peak_rss
            .map_or("-".to_string(), |b| format!("{} MiB", b >> 20));
        println!(
            "| {} | {:.0} | {:.1} | {:.2} | {} |",
            r.name,
            r.rate(),
            r.mb_per_s(),
            r.rate() / limit,
            rss
        );
    }
    if let Some(py) = runs.get(2) {
        println!("\nwirefeed / python = {:.1}x", runs[1].rate() / py.rate());
    }
    let (p50, p99) = percentiles(latencies);
    println!(
        "end-to-end latency at {half_rate:.0} articles/s (half of max): p50 {p50} ms, p99 {p99} ms"
    );
    assert!(
        runs.iter().all(|r| r.records == n),
        "every run processed every article"
    );
}

/// Wire-style ~3 KB articles, distinct (each mixes the sample sentences differently).
fn articles(n: usize) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    for line in wirefeed::demo::feed() {
        if let Ok(a) = wirefeed::article::parse_article(line.as_bytes(), Default::default()) {
            for r in wirefeed::text::sentences(&a.body) {
                sentences.push(a.body[r].to_string());
            }
        }
    }
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|i| {
            let mut body = format!("KYIV — Report number {i} from the wire desk. ");
            while body.len() < 2_900 {
                body.push_str(&sentences[(next() as usize) % sentences.len()]);
                body.push(if next() % 4 == 0 { '\n' } else { ' ' });
            }
            serde_json::json!({"id": format!("bench-{i}"), "headline": format!("Wire roundup {i}"), "body": body,
                "source": format!("Agency {}", i % 7), "published_at": "2025-04-01T10:00:00Z"})
            .to_string()
        })
        .collect()
}

fn create_topics(bootstrap: &str, names: &[String]) {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let topics: Vec<NewTopic> = names
        .iter()
        .map(|t| NewTopic::new(t, 3, TopicReplication::Fixed(1)))
        .collect();
    for r in rt
        .block_on(admin.create_topics(&topics, &AdminOptions::new()))
        .unwrap()
    {
        r.unwrap();
    }
}

/// Produces articles; with `pace`, at that many per second (timestamps are create times).
fn produce_all(bootstrap: &str, topic: &str, articles: &[String], pace: Option<f64>) {
    let p: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("linger.ms", "1")
        .create()
        .unwrap();
    let start = Instant::now();
    for (i, a) in articles.iter().enumerate() {
        if let Some(rate) = pace {
            let due = start + Duration::from_secs_f64(i as f64 / rate);
            std::thread::sleep(due.saturating_duration_since(Instant::now()));
        }
        let mut record = Some(BaseRecord::<(), str>::to(topic).payload(a.as_str()));
        while let Some(r) = record.take() {
            if let Err((_, r)) = p.send(r) {
                p.poll(Duration::from_millis(1));
                record = Some(r);
            }
        }
    }
    p.flush(Duration::from_secs(60)).unwrap();
}

/// Output records: (create time ms, input (partition, offset) named by the event).
type OutputRecords = Vec<(i64, Option<(i32, i64)>)>;

/// (count, first timestamp ms, last timestamp ms, records) of a topic.
fn read_output(
    bootstrap: &str,
    topic: &str,
    n: usize,
    timeout: Duration,
) -> (usize, i64, i64, OutputRecords) {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", format!("bench-reader-{}", uuid::Uuid::now_v7()))
        .set("auto.offset.reset", "earliest")
        .create()
        .unwrap();
    c.subscribe(&[topic]).unwrap();
    let start = Instant::now();
    let mut out = Vec::new();
    while out.len() < n && start.elapsed() < timeout {
        if let Some(Ok(m)) = c.poll(Duration::from_millis(200)) {
            let ts = m.timestamp().to_millis().unwrap_or(0);
            let input = m
                .payload()
                .and_then(|p| wirefeed::schema::decode(p).ok())
                .and_then(|e| e.input)
                .map(|i| (i.partition, i.offset));
            out.push((ts, input));
        }
    }
    let first = out.iter().map(|x| x.0).min().unwrap_or(0);
    let last = out.iter().map(|x| x.0).max().unwrap_or(0);
    (out.len(), first, last, out)
}

fn pass_through(bootstrap: &str, input: &str, output: &str, n: usize, bytes: usize) -> Run {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let consumer: StreamConsumer = ClientConfig::new()
            .set("bootstrap.servers", bootstrap)
            .set("group.id", format!("bench-pt-{}", uuid::Uuid::now_v7()))
            .set("auto.offset.reset", "earliest")
            .set("partition.assignment.strategy", "cooperative-sticky")
            .create()
            .unwrap();
        // The same producer settings as the service.
        let producer: FutureProducer = ClientConfig::new()
            .set("bootstrap.servers", bootstrap)
            .set("enable.idempotence", "true")
            .set("acks", "all")
            .set("linger.ms", "5")
            .set("compression.type", "lz4")
            .create()
            .unwrap();
        consumer.subscribe(&[input]).unwrap();
        let mut deliveries = Vec::with_capacity(n);
        for _ in 0..n {
            let m = consumer.recv().await.unwrap();
            let mut record =
                FutureRecord::<[u8], [u8]>::to(output).payload(m.payload().unwrap_or_default());
            loop {
                match producer.send_result(record) {
                    Ok(f) => {
                        deliveries.push(f);
                        break;
                    }
                    Err((_, r)) => {
                        record = r;
                        tokio::time::sleep(Duration::from_millis(1)).await;
                    }
                }
            }
        }
        for d in deliveries {
            d.await.unwrap().unwrap();
        }
    });
    let (count, first, last, _) = read_output(bootstrap, output, n, Duration::from_secs(60));
    Run {
        name: "pass-through",
        records: count,
        seconds: ((last - first).max(1)) as f64 / 1e3,
        bytes,
        peak_rss: None,
    }
}

fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: u64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb * 1024)
}

fn spawn_wirefeed(bootstrap: &str, input: &str, output: &str, group: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_wirefeed"))
        .arg("run")
        .env("WIREFEED_KAFKA__BROKERS", bootstrap)
        .env("WIREFEED_KAFKA__INPUT_TOPICS", format!("[{input}]"))
        .env("WIREFEED_KAFKA__OUTPUT_TOPIC", output)
        .env("WIREFEED_KAFKA__DEAD_LETTER_TOPIC", format!("{output}.dlq"))
        .env("WIREFEED_KAFKA__STATE_TOPIC", format!("{output}.state"))
        .env("WIREFEED_KAFKA__GROUP_ID", group)
        .env("WIREFEED_HTTP__LISTEN", "")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn wirefeed")
}

/// Runs `wirefeed run` over `input`; with `paced`, produces those articles at that rate while
/// it runs and returns per-event latencies (output create time − input create time, ms).
fn run_wirefeed(
    bootstrap: &str,
    input: &str,
    output: &str,
    group: &str,
    n: usize,
    bytes: usize,
    paced: Option<(&[String], f64)>,
) -> (Run, Vec<i64>) {
    let mut child = spawn_wirefeed(bootstrap, input, output, group);
    if let Some((articles, rate)) = paced {
        std::thread::sleep(Duration::from_secs(8)); // group join before the clock starts
        produce_all(bootstrap, input, articles, Some(rate));
    }
    let (count, first, last, out) = read_output(bootstrap, output, n, Duration::from_secs(600));
    let rss = peak_rss(child.id());
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let mut latencies = Vec::new();
    if paced.is_some() {
        let input_ts = input_timestamps(bootstrap, input, n);
        for (ts, pos) in &out {
            if let Some(t0) = pos.and_then(|p| input_ts.get(&p)) {
                latencies.push(ts - t0);
            }
        }
    }
    let run = Run {
        name: "wirefeed (full pipeline)",
        records: count,
        seconds: ((last - first).max(1)) as f64 / 1e3,
        bytes,
        peak_rss: rss,
    };
    (run, latencies)
}

fn input_timestamps(bootstrap: &str, topic: &str, n: usize) -> HashMap<(i32, i64), i64> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", format!("bench-in-{}", uuid::Uuid::now_v7()))
        .set("auto.offset.reset", "earliest")
        .create()
        .unwrap();
    c.subscribe(&[topic]).unwrap();
    let mut out = HashMap::new();
    let start = Instant::now();
    while out.len() < n && start.elapsed() < Duration::from_secs(60) {
        if let Some(Ok(m)) = c.poll(Duration::from_millis(200)) {
            out.insert(
                (m.partition(), m.offset()),
                m.timestamp().to_millis().unwrap_or(0),
            );
        }
    }
    out
}

fn python_reference(
    bootstrap: &str,
    input: &str,
    output: &str,
    group: &str,
    n: usize,
    bytes: usize,
) -> Option<Run> {
    let python = std::env::var("WIREFEED_BENCH_PYTHON").ok()?;
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/benches/python/reference_pipeline.py"
    );
    let out = Command::new(python)
        .args([script, bootstrap, input, output, group, &n.to_string()])
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "python reference failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let report: serde_json::Value = serde_json::from_slice(out.stdout.trim_ascii()).ok()?;
    let (count, first, last, _) = read_output(bootstrap, output, n, Duration::from_secs(60));
    Some(Run {
        name: "python reference",
        records: count,
        seconds: ((last - first).max(1)) as f64 / 1e3,
        bytes,
        peak_rss: report["peak_rss_bytes"].as_u64(),
    })
}

fn percentiles(mut v: Vec<i64>) -> (i64, i64) {
    if v.is_empty() {
        return (0, 0);
    }
    v.sort_unstable();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}
