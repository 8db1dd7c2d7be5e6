//! The `wirefeed` binary: the service, the offline tools and the demo. `anyhow` lives here only.

use std::io::{BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use wirefeed::article::InputLimits;
use wirefeed::offline::{self, OutputFormat};
use wirefeed::pipeline::{Pipeline, PipelineConfig};

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
    /// Run the pipeline over NDJSON articles, without Kafka: one JSON event per line on stdout.
    Process {
        /// Input file, or `-` for stdin.
        #[arg(long, short, default_value = "-")]
        input: String,
        #[arg(long, short, value_enum, default_value = "json")]
        output: OutputFormat,
        /// Optional config file (only its `[pipeline]` and `[input]` sections are used).
        #[arg(long, short)]
        config: Option<PathBuf>,
    },
    /// Measure a stage on the project's labelled data.
    Eval {
        #[arg(value_enum)]
        stage: EvalStage,
        /// Data file overriding the bundled set.
        #[arg(long)]
        data: Option<PathBuf>,
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
        Command::Process {
            input,
            output,
            config: _,
        } => {
            let mut pipeline = Pipeline::from_config(&PipelineConfig::default())?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            let summary = if input == "-" {
                offline::process(
                    &mut pipeline,
                    std::io::stdin().lock(),
                    &mut out,
                    &mut err,
                    output,
                    InputLimits::default(),
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
                    InputLimits::default(),
                )?
            };
            drop(out);
            write!(err, "{}", offline::format_summary(&summary, &pipeline))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { stage, data } => {
            let mut out = std::io::stdout().lock();
            let passed = match stage {
                EvalStage::Dedup => wirefeed::dedup::eval::run(data.as_deref(), &mut out)?,
                EvalStage::Classify => wirefeed::classify::eval::run(data.as_deref(), &mut out)?,
                EvalStage::Enrich => wirefeed::enrich::eval::run(data.as_deref(), &mut out)?,
            };
            Ok(if passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}
