//! `wirefeed process`: the pipeline over newline-delimited articles, without Kafka.
//! Output keeps input order; bad lines are reported on stderr with their line number and
//! the run goes on.

use std::io::{BufRead, Write};

use chrono::Utc;
use prost::Message;

use crate::article::{parse_article, InputLimits};
use crate::pipeline::{Pipeline, Verdict};
use crate::schema;

/// Output encodings of `process`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One canonical proto3 JSON event per line.
    Json,
    /// Length-delimited protobuf `ArticleEvent`s (varint length prefix, as `writeDelimitedTo`).
    Protobuf,
}

/// Counts of one `process` run.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ProcessSummary {
    pub lines: u64,
    pub published: u64,
    pub dropped: u64,
    pub invalid: u64,
    pub failed: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum OfflineError {
    #[error("cannot read input: {0}")]
    Read(std::io::Error),
    #[error("cannot write output: {0}")]
    Write(std::io::Error),
    #[error(transparent)]
    Schema(#[from] schema::SchemaError),
}

/// Runs `pipeline` over every line of `input`, writing events to `out` and errors to `err`.
pub fn process(
    pipeline: &mut Pipeline,
    input: impl BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    format: OutputFormat,
    limits: InputLimits,
) -> Result<ProcessSummary, OfflineError> {
    let mut summary = ProcessSummary::default();
    // Read raw bytes, not `lines()`: invalid UTF-8 must be reported per line, not abort the run.
    for (index, line) in input.split(b'\n').enumerate() {
        let line = line.map_err(OfflineError::Read)?;
        let line_no = index + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        summary.lines += 1;
        let article = match parse_article(line, limits) {
            Ok(article) => article,
            Err(e) => {
                summary.invalid += 1;
                writeln!(err, "line {line_no}: invalid article ({}): {e}", e.kind())
                    .map_err(OfflineError::Write)?;
                continue;
            }
        };
        match pipeline.process(&article, Utc::now()) {
            Ok(processed) if processed.verdict == Verdict::Drop => summary.dropped += 1,
            Ok(processed) => {
                summary.published += 1;
                match format {
                    OutputFormat::Json => writeln!(out, "{}", schema::to_json(&processed.event)?),
                    OutputFormat::Protobuf => {
                        out.write_all(&processed.event.encode_length_delimited_to_vec())
                    }
                }
                .map_err(OfflineError::Write)?;
            }
            Err(e) => {
                summary.failed += 1;
                writeln!(err, "line {line_no}: article `{}`: {e}", article.id)
                    .map_err(OfflineError::Write)?;
            }
        }
    }
    out.flush().map_err(OfflineError::Write)?;
    Ok(summary)
}

/// Human-readable per-stage summary, as printed at the end of `process` and `demo`.
pub fn format_summary(summary: &ProcessSummary, pipeline: &Pipeline) -> String {
    let mut s = format!(
        "summary: {} articles, {} published, {} dropped as duplicates, {} invalid, {} failed\n",
        summary.lines, summary.published, summary.dropped, summary.invalid, summary.failed
    );
    for stage in pipeline.stats() {
        let per = if stage.processed > 0 {
            stage.busy.as_secs_f64() * 1e6 / stage.processed as f64
        } else {
            0.0
        };
        s.push_str(&format!(
            "  stage {:<9} processed {:>7}  dropped {:>6}  failed {:>4}  mean {:>8.1} µs\n",
            stage.name, stage.processed, stage.dropped, stage.failed, per
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::PipelineConfig;

    #[test]
    fn keeps_order_reports_bad_lines_and_goes_on() {
        let mut pipeline = Pipeline::from_config(&PipelineConfig::default()).unwrap();
        let input = b"{\"id\":\"a\",\"body\":\"One.\"}\nnot json\n\n{\"id\":\"b\",\"body\":\"Two.\"}\n\xff\xfe\n{\"id\":\"c\",\"body\":\"One.\"}\n";
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let summary = process(
            &mut pipeline,
            &input[..],
            &mut out,
            &mut err,
            OutputFormat::Json,
            InputLimits::default(),
        )
        .unwrap();
        assert_eq!(
            summary,
            ProcessSummary {
                lines: 5,
                published: 3,
                dropped: 0,
                invalid: 2,
                failed: 0
            }
        );
        let ids: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["articleId"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        let err = String::from_utf8(err).unwrap();
        assert!(err.contains("line 2: invalid article (not_json)"), "{err}");
        assert!(err.contains("line 5: invalid article (not_utf8)"), "{err}");
    }

    #[test]
    fn protobuf_output_is_length_delimited() {
        let mut pipeline = Pipeline::from_config(&PipelineConfig::default()).unwrap();
        let input = b"{\"id\":\"a\",\"body\":\"One.\"}\n{\"id\":\"b\",\"body\":\"Two.\"}\n";
        let mut out = Vec::new();
        process(
            &mut pipeline,
            &input[..],
            &mut out,
            &mut Vec::new(),
            OutputFormat::Protobuf,
            InputLimits::default(),
        )
        .unwrap();
        let mut buf = &out[..];
        let first = crate::schema::ArticleEvent::decode_length_delimited(&mut buf).unwrap();
        let second = crate::schema::ArticleEvent::decode_length_delimited(&mut buf).unwrap();
        assert_eq!(
            (first.article_id.as_str(), second.article_id.as_str()),
            ("a", "b")
        );
        assert!(buf.is_empty());
    }
}
