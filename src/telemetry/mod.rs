//! Telemetry: metric names (Prometheus conventions, `wirefeed_` prefix, base units,
//! bounded labels), helpers that record them, and the HTTP endpoints that expose them.

use std::time::Duration;

/// Every metric the service exports. Dashboards and alerts may only use these.
pub mod names {
    pub const STAGE_DURATION_SECONDS: &str = "wirefeed_stage_duration_seconds";
    pub const STAGE_ERRORS_TOTAL: &str = "wirefeed_stage_errors_total";
}

/// Records one stage run.
pub fn record_stage(stage: &'static str, elapsed: Duration, ok: bool) {
    metrics::histogram!(names::STAGE_DURATION_SECONDS, "stage" => stage)
        .record(elapsed.as_secs_f64());
    if !ok {
        metrics::counter!(names::STAGE_ERRORS_TOTAL, "stage" => stage).increment(1);
    }
}
