//! wirefeed: news wire articles in, deduplicated, classified and enriched protobuf events out.
//!
//! The data path, top to bottom: [`article`] (input contract) → [`pipeline`] running
//! [`dedup`] → [`classify`] → [`enrich`] → [`schema`] (output contract). [`kafka`] is the
//! runtime that moves records through it; [`telemetry`] exposes what happens.

pub mod article;
pub mod classify;
pub mod config;
pub mod dedup;
pub mod demo;
pub mod enrich;
pub mod kafka;
pub mod offline;
pub mod pipeline;
pub mod schema;
pub mod telemetry;
pub mod text;
