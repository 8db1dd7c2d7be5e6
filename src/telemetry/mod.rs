//! Telemetry: metric names (Prometheus conventions: `wirefeed_` prefix, base units, `_total`
//! counters, bounded labels), the functions that record them (named events, one per thing
//! that happens), the Prometheus recorder, and the HTTP endpoint.

pub mod http;
pub mod kafka_stats;

use std::time::Duration;

use metrics::{
    counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram, Unit,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Every metric the service exports. Dashboards and alerts use only these names.
pub mod names {
    pub const BUILD_INFO: &str = "wirefeed_build_info";
    pub const PROCESS_START_TIME_SECONDS: &str = "wirefeed_process_start_time_seconds";
    pub const READY: &str = "wirefeed_ready";
    pub const ASSIGNED_PARTITIONS: &str = "wirefeed_assigned_partitions";
    pub const INPUT_RECORDS_TOTAL: &str = "wirefeed_input_records_total";
    pub const INPUT_BYTES_TOTAL: &str = "wirefeed_input_bytes_total";
    pub const OUTPUT_RECORDS_TOTAL: &str = "wirefeed_output_records_total";
    pub const DEAD_LETTER_RECORDS_TOTAL: &str = "wirefeed_dead_letter_records_total";
    pub const DROPPED_RECORDS_TOTAL: &str = "wirefeed_dropped_records_total";
    pub const PRODUCE_ERRORS_TOTAL: &str = "wirefeed_produce_errors_total";
    pub const IN_FLIGHT_RECORDS: &str = "wirefeed_in_flight_records";
    pub const OFFSET_COMMITS_TOTAL: &str = "wirefeed_offset_commits_total";
    pub const STAGE_DURATION_SECONDS: &str = "wirefeed_stage_duration_seconds";
    pub const STAGE_ERRORS_TOTAL: &str = "wirefeed_stage_errors_total";
    pub const END_TO_END_LATENCY_SECONDS: &str = "wirefeed_end_to_end_latency_seconds";
    pub const EVENT_AGE_SECONDS: &str = "wirefeed_event_age_seconds";
    pub const DEDUP_OUTCOMES_TOTAL: &str = "wirefeed_dedup_outcomes_total";
    pub const CATEGORIES_TOTAL: &str = "wirefeed_categories_total";
    pub const EXTRACTIONS_TOTAL: &str = "wirefeed_extractions_total";
    pub const STATE_RECORDS_TOTAL: &str = "wirefeed_state_records_total";
    pub const CONSUMER_LAG_RECORDS: &str = "wirefeed_consumer_lag_records";
    pub const KAFKA_BROKER_RTT_SECONDS: &str = "wirefeed_kafka_broker_rtt_seconds";
    pub const KAFKA_BROKER_ERRORS_TOTAL: &str = "wirefeed_kafka_broker_errors_total";
    pub const KAFKA_CLIENT_QUEUE_MESSAGES: &str = "wirefeed_kafka_client_queue_messages";
    pub const KAFKA_ERRORS_TOTAL: &str = "wirefeed_kafka_errors_total";
}

/// Latency buckets (seconds): 50 µs to 60 s.
const LATENCY_BUCKETS: &[f64] = &[
    0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
    2.5, 5.0, 10.0, 30.0, 60.0,
];
/// Event age buckets (seconds): 1 s to 7 days (articles arrive late).
const AGE_BUCKETS: &[f64] = &[
    1.0, 5.0, 15.0, 60.0, 300.0, 900.0, 3600.0, 21600.0, 86400.0, 604800.0,
];

/// Installs the process-wide Prometheus recorder (the `metrics` facade is global by design)
/// and returns the handle that renders it. Call once, at the binary's edge.
pub fn install_recorder() -> Result<PrometheusHandle, metrics_exporter_prometheus::BuildError> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(names::EVENT_AGE_SECONDS.into()), AGE_BUCKETS)?
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), LATENCY_BUCKETS)?
        .install_recorder()?;
    describe_all();
    zero_counters();
    gauge!(names::BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    let start = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    gauge!(names::PROCESS_START_TIME_SECONDS).set(start.as_secs_f64());
    Ok(handle)
}

/// Counters with a fixed label set start at zero, so `rate()` sees their first increment.
fn zero_counters() {
    for stage in ["dedup", "classify", "enrich"] {
        counter!(names::STAGE_ERRORS_TOTAL, "stage" => stage).increment(0);
    }
    for category in ["military_aid", "diplomacy", "casualties"] {
        counter!(names::CATEGORIES_TOTAL, "category" => category).increment(0);
    }
    for status in ["original", "exact_duplicate", "near_duplicate"] {
        counter!(names::DEDUP_OUTCOMES_TOTAL, "status" => status).increment(0);
    }
    counter!(names::DROPPED_RECORDS_TOTAL, "reason" => "duplicate").increment(0);
}

/// Per-topic counters start at zero once the topics are known.
pub fn zero_topic_counters(output_topics: &[&str]) {
    for topic in output_topics {
        counter!(names::PRODUCE_ERRORS_TOTAL, "topic" => topic.to_string()).increment(0);
    }
}

fn describe_all() {
    use names::*;
    describe_gauge!(BUILD_INFO, "Build information; always 1.");
    describe_gauge!(
        PROCESS_START_TIME_SECONDS,
        Unit::Seconds,
        "Start time of the process since the Unix epoch."
    );
    describe_gauge!(
        READY,
        "1 when connected to Kafka with partitions assigned, else 0."
    );
    describe_gauge!(
        ASSIGNED_PARTITIONS,
        "Input partitions currently assigned to this instance."
    );
    describe_counter!(INPUT_RECORDS_TOTAL, "Records consumed from input topics.");
    describe_counter!(
        INPUT_BYTES_TOTAL,
        Unit::Bytes,
        "Bytes of record values consumed from input topics."
    );
    describe_counter!(
        OUTPUT_RECORDS_TOTAL,
        "Events acknowledged by the broker on the output topic."
    );
    describe_counter!(
        DEAD_LETTER_RECORDS_TOTAL,
        "Records sent to the dead-letter topic, by reason."
    );
    describe_counter!(
        DROPPED_RECORDS_TOTAL,
        "Inputs processed but not published (duplicates when dropping is configured)."
    );
    describe_counter!(
        PRODUCE_ERRORS_TOTAL,
        "Produce attempts that failed, by topic."
    );
    describe_gauge!(
        IN_FLIGHT_RECORDS,
        "Records consumed and not yet acknowledged."
    );
    describe_counter!(OFFSET_COMMITS_TOTAL, "Offset commits, by result.");
    describe_histogram!(
        STAGE_DURATION_SECONDS,
        Unit::Seconds,
        "Time spent in each pipeline stage per article."
    );
    describe_counter!(
        STAGE_ERRORS_TOTAL,
        "Articles a stage failed on (sent to the dead-letter topic)."
    );
    describe_histogram!(
        END_TO_END_LATENCY_SECONDS,
        Unit::Seconds,
        "From the input record's Kafka timestamp to the output's produce acknowledgement."
    );
    describe_histogram!(
        EVENT_AGE_SECONDS,
        Unit::Seconds,
        "From the article's published_at to the output's produce acknowledgement."
    );
    describe_counter!(DEDUP_OUTCOMES_TOTAL, "Dedup decisions, by status.");
    describe_counter!(CATEGORIES_TOTAL, "Category assignments, by category.");
    describe_counter!(EXTRACTIONS_TOTAL, "Extracted items, by field.");
    describe_counter!(
        STATE_RECORDS_TOTAL,
        "Stage-state records, by direction (produced, applied)."
    );
    describe_gauge!(
        CONSUMER_LAG_RECORDS,
        "Consumer lag per input partition, from librdkafka statistics."
    );
    describe_gauge!(
        KAFKA_BROKER_RTT_SECONDS,
        Unit::Seconds,
        "Average broker round-trip time, from librdkafka statistics."
    );
    describe_counter!(
        KAFKA_BROKER_ERRORS_TOTAL,
        "Broker transmit and receive errors, from librdkafka statistics."
    );
    describe_gauge!(
        KAFKA_CLIENT_QUEUE_MESSAGES,
        "Messages waiting in librdkafka's queues, by client role."
    );
    describe_counter!(
        KAFKA_ERRORS_TOTAL,
        "Errors reported by the Kafka clients, by kind."
    );
}

/// A stage ran over one article.
pub fn record_stage(stage: &'static str, elapsed: Duration, ok: bool) {
    histogram!(names::STAGE_DURATION_SECONDS, "stage" => stage).record(elapsed.as_secs_f64());
    if !ok {
        counter!(names::STAGE_ERRORS_TOTAL, "stage" => stage).increment(1);
    }
}

/// What the pipeline found in one published event (dedup, categories, extractions).
pub fn record_event_content(event: &crate::schema::ArticleEvent) {
    use crate::schema::v1::{Category, DedupStatus};
    if let Some(dedup) = &event.dedup {
        let status = match DedupStatus::try_from(dedup.status) {
            Ok(DedupStatus::Original) => "original",
            Ok(DedupStatus::ExactDuplicate) => "exact_duplicate",
            Ok(DedupStatus::NearDuplicate) => "near_duplicate",
            _ => "unspecified",
        };
        counter!(names::DEDUP_OUTCOMES_TOTAL, "status" => status).increment(1);
    }
    for c in &event.categories {
        let category = match Category::try_from(c.category) {
            Ok(Category::MilitaryAid) => "military_aid",
            Ok(Category::Diplomacy) => "diplomacy",
            Ok(Category::Casualties) => "casualties",
            _ => "unspecified",
        };
        counter!(names::CATEGORIES_TOTAL, "category" => category).increment(1);
    }
    let fields: [(&'static str, usize); 8] = [
        ("entities", event.entities.len()),
        ("locations", event.locations.len()),
        ("amounts", event.amounts.len()),
        ("casualties", event.casualties.len()),
        ("dates", event.dates.len()),
        ("quotes", event.quotes.len()),
        ("attributions", event.attributions.len()),
        ("triples", event.triples.len()),
    ];
    for (field, n) in fields {
        counter!(names::EXTRACTIONS_TOTAL, "field" => field).increment(n as u64);
    }
}
