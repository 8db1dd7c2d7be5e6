//! `wirefeed eval enrich`: measures this stage on the project's labelled data.

use std::io::Write;
use std::path::Path;

use super::EnrichError;

/// Runs the evaluation, writes the report to `out`, and returns whether the acceptance
/// targets are met. `data` overrides the bundled data set.
pub fn run(_data: Option<&Path>, _out: &mut dyn Write) -> Result<bool, EnrichError> {
    Err(EnrichError::Eval("not implemented yet".into()))
}
