//! The `wirefeed` binary: the service, the offline tools and the demo. `anyhow` lives here only.

use std::io::{BufReader, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use tokio::sync::watch;
use tracing_subscriber::EnvFilter;

use wirefeed::article::InputLimits;
use wirefeed::config::{LogFormat, Settings};
use wirefeed::offline::{self, OutputFormat};
use wirefeed::pipeline::Pipeline;
use wirefeed::telemetry::{self, http::Health};

#[derive(Parser)]
#[command(
    name = "wirefeed",
    version,
    about = "News wire stream processing: dedup, classify, enrich; protobuf events out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole service against an embedded broker with the bundled sample feed.
    Demo {
        /// Config file (optional; Kafka settings are replaced by the embedded broker's).
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Where to serve /metrics while the demo runs.
        #[arg(long, default_value = "127.0.0.1:9464")]
        metrics_listen: String,
    },
    /// The service: consume articles, process, publish events (settings: file, then WIREFEED_* env).
    Run {
        #[arg(long, short, env = "WIREFEED_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Run the pipeline over NDJSON articles, without Kafka: one JSON event per line on stdout.
    Process {
        /// Input file, or `-` for stdin.
        #[arg(long, short, default_value = "-")]
        input: String,
        #[arg(long, short, value_enum, default_value = "json")]
        output: OutputFormat,
        /// Optional config file (its `[pipeline]` and `[input]` sections apply).
        #[arg(long, short)]
        config: Option<PathBuf>,
    },
    /// Print protobuf ArticleEvents as canonical JSON, from a file or a topic.
    Decode {
        /// Length-delimited protobuf file (as written by `process --output protobuf`), or `-`.
        #[arg(long, conflicts_with = "topic")]
        file: Option<String>,
        /// Topic to read from (with --brokers).
        #[arg(long, requires = "brokers")]
        topic: Option<String>,
        #[arg(long, env = "WIREFEED_KAFKA__BROKERS")]
        brokers: Option<String>,
        /// Stop after this many events (topic mode).
        #[arg(long)]
        max: Option<usize>,
        /// Stop when no event arrives for this many seconds (topic mode).
        #[arg(long, default_value_t = 10)]
        idle_secs: u64,
    },
    /// Probe the service's HTTP endpoint (for container health checks without curl):
    /// exit 0 when it answers 200.
    Healthcheck {
        /// Address of the operations endpoint.
        #[arg(long, default_value = "127.0.0.1:9464")]
        addr: String,
        /// Path to probe: /healthz (alive) or /readyz (ready).
        #[arg(long, default_value = "/healthz")]
        path: String,
        /// Seconds to wait for the connection and for the answer.
        #[arg(long, default_value_t = 3)]
        timeout_secs: u64,
    },
    /// Measure a stage on the project's labelled data.
    Eval {
        #[arg(value_enum)]
        stage: EvalStage,
        /// Data file overriding the bundled set; for `enrich`, repeat it to pool several
        /// files into one evaluation.
        #[arg(long)]
        data: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum EvalStage {
    Dedup,
    Classify,
    Enrich,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("wirefeed: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Demo {
            config,
            metrics_listen,
        } => {
            let settings = Settings::load(config.as_deref())?;
            init_logging(&settings, "warn");
            tokio_runtime()?.block_on(demo(settings, metrics_listen))
        }
        Command::Run { config } => {
            let settings = Settings::load(config.as_deref())?;
            init_logging(&settings, &settings.log.level);
            tokio_runtime()?.block_on(serve(settings))
        }
        Command::Process {
            input,
            output,
            config,
        } => {
            let settings = Settings::load(config.as_deref())?;
            let limits = InputLimits {
                max_bytes: settings.input.max_bytes,
            };
            let mut pipeline = Pipeline::from_config(&settings.pipeline)?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut err = std::io::stderr();
            let summary = if input == "-" {
                offline::process(
                    &mut pipeline,
                    std::io::stdin().lock(),
                    &mut out,
                    &mut err,
                    output,
                    limits,
                )?
            } else {
                let file = std::fs::File::open(&input)
                    .with_context(|| format!("cannot open input {input}"))?;
                offline::process(
                    &mut pipeline,
                    BufReader::new(file),
                    &mut out,
                    &mut err,
                    output,
                    limits,
                )?
            };
            drop(out);
            write!(err, "{}", offline::format_summary(&summary, &pipeline))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Decode {
            file,
            topic,
            brokers,
            max,
            idle_secs,
        } => match (file, topic, brokers) {
            (Some(file), _, _) => decode_file(&file),
            (None, Some(topic), Some(brokers)) => {
                tokio_runtime()?.block_on(decode_topic(&brokers, &topic, max, idle_secs))
            }
            _ => anyhow::bail!("give --file FILE, or --topic TOPIC with --brokers"),
        },
        Command::Healthcheck {
            addr,
            path,
            timeout_secs,
        } => Ok(if probe(&addr, &path, timeout_secs)? == 200 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }),
        Command::Eval { stage, data } => {
            let mut out = std::io::stdout().lock();
            let single = || match data.as_slice() {
                [] => Ok(None),
                [one] => Ok(Some(one.as_path())),
                _ => Err(anyhow::anyhow!(
                    "only `eval enrich` pools several --data files"
                )),
            };
            let passed = match stage {
                EvalStage::Dedup => wirefeed::dedup::eval::run(single()?, &mut out)?,
                EvalStage::Classify => wirefeed::classify::eval::run(single()?, &mut out)?,
                EvalStage::Enrich => wirefeed::enrich::eval::run(&data, &mut out)?,
            };
            Ok(if passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

/// A bare HTTP/1.0 GET; returns the status code.
fn probe(addr: &str, path: &str, timeout_secs: u64) -> anyhow::Result<u16> {
    use std::io::Read;
    use std::net::{TcpStream, ToSocketAddrs};
    let timeout = std::time::Duration::from_secs(timeout_secs.max(1));
    let socket = addr
        .to_socket_addrs()?
        .next()
        .with_context(|| format!("cannot resolve {addr}"))?;
    let mut stream = TcpStream::connect_timeout(&socket, timeout)
        .with_context(|| format!("cannot connect to {addr}"))?;
    stream.set_read_timeout(Some(timeout))?;
    // One write: a request split over several segments confuses minimal servers.
    stream.write_all(format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").as_bytes())?;
    // The status line may arrive in several segments ("HTTP/1.1 " then "200 OK"): read until
    // its end, the connection's end, or 64 bytes.
    let mut head = [0u8; 64];
    let mut n = 0;
    while n < head.len() && !head[..n].contains(&b'\n') {
        let got = stream.read(&mut head[n..])?;
        if got == 0 {
            break;
        }
        n += got;
    }
    let status = std::str::from_utf8(&head[..n])
        .ok()
        .and_then(|h| h.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .with_context(|| format!("no HTTP status from {addr}{path}"))?;
    Ok(status)
}

fn tokio_runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

fn init_logging(settings: &Settings, default_level: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi);
    match settings.log.format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .init(),
        LogFormat::Text => builder.init(),
    }
}

/// SIGTERM or SIGINT → `true` on the returned channel.
fn shutdown_signal() -> anyhow::Result<watch::Receiver<bool>> {
    let (tx, rx) = watch::channel(false);
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::spawn(async move {
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM received, shutting down"),
            _ = tokio::signal::ctrl_c() => tracing::info!("SIGINT received, shutting down"),
        }
        let _ = tx.send(true);
    });
    Ok(rx)
}

async fn serve(settings: Settings) -> anyhow::Result<ExitCode> {
    let metrics = telemetry::install_recorder()?;
    let health = Arc::new(Health::default());
    if !settings.http.listen.is_empty() {
        telemetry::http::serve(&settings.http.listen, metrics, health.clone()).await?;
    }
    let pipeline = Pipeline::from_config(&settings.pipeline_config())?;
    let shutdown = shutdown_signal()?;
    let report = wirefeed::kafka::run(&settings, pipeline, health, shutdown).await?;
    tracing::info!(
        consumed = report.consumed,
        published = report.published,
        dead_lettered = report.dead_lettered,
        dropped = report.dropped,
        drained = report.drained,
        "stopped"
    );
    Ok(ExitCode::SUCCESS)
}

async fn demo(settings: Settings, metrics_listen: String) -> anyhow::Result<ExitCode> {
    let metrics = telemetry::install_recorder()?;
    let health = Arc::new(Health::default());
    let addr = telemetry::http::serve(&metrics_listen, metrics, health.clone()).await?;
    eprintln!("wirefeed demo: embedded broker starting; metrics at http://{addr}/metrics");
    let pipeline = Pipeline::from_config(&settings.pipeline)?;
    let mut out = std::io::stdout();
    let report = wirefeed::demo::run(settings, pipeline, health, &mut out).await?;
    eprintln!(
        "\nsummary: {} consumed, {} published, {} dead-lettered, {} dropped (state restored: {})",
        report.consumed,
        report.published,
        report.dead_lettered,
        report.dropped,
        report.state_restored
    );
    for s in &report.stage_stats {
        let mean = if s.processed > 0 {
            s.busy.as_secs_f64() * 1e6 / s.processed as f64
        } else {
            0.0
        };
        eprintln!(
            "  stage {:<9} processed {:>5}  dropped {:>4}  failed {:>3}  mean {:>8.1} µs",
            s.name, s.processed, s.dropped, s.failed, mean
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn decode_file(path: &str) -> anyhow::Result<ExitCode> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("cannot read {path}"))?;
    }
    let mut buf = bytes.as_slice();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut n = 0;
    while !buf.is_empty() {
        let event =
            <wirefeed::schema::ArticleEvent as prost::Message>::decode_length_delimited(&mut buf)
                .with_context(|| {
                format!(
                    "event {} of {path} is not a length-delimited ArticleEvent",
                    n + 1
                )
            })?;
        writeln!(out, "{}", wirefeed::schema::to_json(&event)?)?;
        n += 1;
    }
    Ok(ExitCode::SUCCESS)
}

async fn decode_topic(
    brokers: &str,
    topic: &str,
    max: Option<usize>,
    idle_secs: u64,
) -> anyhow::Result<ExitCode> {
    use rdkafka::consumer::{Consumer, StreamConsumer};
    use rdkafka::Message;
    let consumer: StreamConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set(
            "group.id",
            format!("wirefeed-decode-{}", uuid::Uuid::now_v7()),
        )
        .set("auto.offset.reset", "earliest")
        .set("enable.auto.commit", "false")
        .create()?;
    consumer.subscribe(&[topic])?;
    let mut out = std::io::stdout().lock();
    let mut n = 0usize;
    let mut bad = 0usize;
    while max.is_none_or(|m| n < m) {
        let message =
            match tokio::time::timeout(std::time::Duration::from_secs(idle_secs), consumer.recv())
                .await
            {
                Ok(m) => m?,
                Err(_) => break,
            };
        match message.payload().map(wirefeed::schema::decode) {
            Some(Ok(event)) => {
                writeln!(out, "{}", wirefeed::schema::to_json(&event)?)?;
                n += 1;
            }
            Some(Err(e)) => {
                bad += 1;
                eprintln!(
                    "partition {} offset {}: {e}",
                    message.partition(),
                    message.offset()
                );
            }
            None => eprintln!(
                "partition {} offset {}: empty record",
                message.partition(),
                message.offset()
            ),
        }
    }
    eprintln!("decoded {n} events ({bad} undecodable)");
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
