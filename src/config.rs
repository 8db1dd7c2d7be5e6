//! Service settings: defaults, then a TOML file, then `WIREFEED_SECTION__FIELD` environment
//! variables. librdkafka properties pass through from `[kafka.consumer_properties]` /
//! `[kafka.producer_properties]`, and from `WIREFEED_RDKAFKA_<PROP>` (both clients),
//! `WIREFEED_RDKAFKA_CONSUMER_<PROP>` and `WIREFEED_RDKAFKA_PRODUCER_<PROP>`, where `<PROP>` is
//! the property upper-cased with dots as underscores (`SOCKET_TIMEOUT_MS`).

use std::collections::BTreeMap;
use std::path::Path;

use figment::providers::{Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

use crate::pipeline::PipelineConfig;

/// All settings of `wirefeed run`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub kafka: KafkaConfig,
    pub runtime: RuntimeConfig,
    pub input: InputConfig,
    pub http: HttpConfig,
    pub log: LogConfig,
    pub processing: ProcessingConfig,
    pub pipeline: PipelineConfig,
}

/// Delivery guarantee (`[processing]`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProcessingConfig {
    /// `at_least_once` (offsets committed after acknowledgement; a crash may repeat events) or
    /// `exactly_once` (consume-transform-produce in Kafka transactions; read the output with
    /// `isolation.level=read_committed`).
    pub guarantee: Guarantee,
    /// `transactional.id` of this instance (exactly_once). Stable across restarts of one
    /// instance (so a restart fences its former self at once), unique among instances.
    /// Empty: `wirefeed-<group_id>-<HOSTNAME>` (the pod name in Kubernetes).
    pub transactional_id: String,
    /// Most input records per transaction.
    pub transaction_max_records: usize,
    /// Longest a transaction stays open, in milliseconds.
    pub transaction_interval_ms: u64,
}

impl Default for ProcessingConfig {
    fn default() -> Self {
        Self {
            guarantee: Guarantee::AtLeastOnce,
            transactional_id: String::new(),
            transaction_max_records: 500,
            transaction_interval_ms: 100,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Guarantee {
    AtLeastOnce,
    ExactlyOnce,
}

/// Topics and clients.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KafkaConfig {
    /// Bootstrap servers, comma-separated.
    pub brokers: String,
    /// Topics of raw articles.
    pub input_topics: Vec<String>,
    /// Topic of `ArticleEvent`s.
    pub output_topic: String,
    /// Topic of rejected inputs (original bytes plus error headers).
    pub dead_letter_topic: String,
    /// Compacted topic sharing stage state (dedup fingerprints) across instances and restarts.
    /// Empty disables replication (state then lives only in memory).
    pub state_topic: String,
    /// Consumer group id.
    pub group_id: String,
    /// Extra librdkafka properties for the consumer.
    pub consumer_properties: BTreeMap<String, String>,
    /// Extra librdkafka properties for the producer.
    pub producer_properties: BTreeMap<String, String>,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        Self {
            brokers: "localhost:9092".into(),
            input_topics: vec!["wire.articles".into()],
            output_topic: "wire.article-events".into(),
            dead_letter_topic: "wire.articles.dlq".into(),
            state_topic: "wirefeed.dedup-state".into(),
            group_id: "wirefeed".into(),
            consumer_properties: BTreeMap::new(),
            producer_properties: BTreeMap::new(),
        }
    }
}

/// Flow control and shutdown.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuntimeConfig {
    /// Most records consumed but not yet acknowledged by the broker. Bounds memory; when
    /// reached, consumption pauses until acknowledgements come back.
    pub max_in_flight: usize,
    /// Capacity of each queue between consumer, worker and producer.
    pub queue_capacity: usize,
    /// Seconds allowed to drain in-flight work on SIGTERM/SIGINT before exiting.
    pub drain_timeout_secs: u64,
    /// How often stored offsets are committed, in milliseconds.
    pub commit_interval_ms: u64,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        Self {
            max_in_flight: 2_000,
            queue_capacity: 256,
            drain_timeout_secs: 20,
            commit_interval_ms: 1_000,
        }
    }
}

/// Input validation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputConfig {
    /// Largest accepted record, in bytes; larger ones go to the dead-letter topic.
    pub max_bytes: usize,
}

impl Default for InputConfig {
    fn default() -> Self {
        Self {
            max_bytes: 1024 * 1024,
        }
    }
}

/// The operations endpoint: /metrics, /healthz, /readyz.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Listen address; an empty string disables the endpoint.
    pub listen: String,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            listen: "0.0.0.0:9464".into(),
        }
    }
}

/// Logging. The level comes from `RUST_LOG` (or `WIREFEED_LOG__LEVEL`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    /// `json` (containers) or `text`.
    pub format: LogFormat,
    /// Default filter when `RUST_LOG` is unset, e.g. `info` or `wirefeed=debug,rdkafka=warn`.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self {
            format: LogFormat::Text,
            level: "info".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Json,
    Text,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid configuration: {0}")]
    Invalid(#[from] Box<figment::Error>),
    #[error("invalid configuration: {0}")]
    Semantic(String),
}

impl Settings {
    /// Loads defaults ← `file` (if given) ← environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        Self::load_from(file, std::env::vars())
    }

    /// As [`Settings::load`], with an explicit environment (for tests).
    pub fn load_from(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let env: Vec<(String, String)> = env.into_iter().collect();
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = file {
            if !file.exists() {
                return Err(ConfigError::Semantic(format!(
                    "config file {} does not exist",
                    file.display()
                )));
            }
            figment = figment.merge(Toml::file(file));
        }
        let mut settings: Settings = figment
            .merge(env_figment(&env))
            .extract()
            .map_err(|e| ConfigError::Invalid(Box::new(e)))?;
        settings.apply_rdkafka_env(&env);
        settings.validate()?;
        Ok(settings)
    }

    /// Stage settings as the service runs them: dedup queues state records only when there is
    /// a state topic to write them to.
    pub fn pipeline_config(&self) -> PipelineConfig {
        let mut pipeline = self.pipeline.clone();
        pipeline.dedup.emit_state_updates = !self.kafka.state_topic.is_empty();
        pipeline
    }

    fn apply_rdkafka_env(&mut self, env: &[(String, String)]) {
        for (key, value) in env {
            let Some(rest) = key.strip_prefix("WIREFEED_RDKAFKA_") else {
                continue;
            };
            let prop = |s: &str| s.to_ascii_lowercase().replace('_', ".");
            if let Some(p) = rest.strip_prefix("CONSUMER_") {
                self.kafka
                    .consumer_properties
                    .insert(prop(p), value.clone());
            } else if let Some(p) = rest.strip_prefix("PRODUCER_") {
                self.kafka
                    .producer_properties
                    .insert(prop(p), value.clone());
            } else {
                self.kafka
                    .consumer_properties
                    .insert(prop(rest), value.clone());
                self.kafka
                    .producer_properties
                    .insert(prop(rest), value.clone());
            }
        }
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let bad = |m: &str| Err(ConfigError::Semantic(m.to_string()));
        if self.kafka.input_topics.is_empty()
            || self.kafka.input_topics.iter().any(String::is_empty)
        {
            return bad("kafka.input_topics must list at least one non-empty topic");
        }
        if self.kafka.output_topic.is_empty() || self.kafka.dead_letter_topic.is_empty() {
            return bad("kafka.output_topic and kafka.dead_letter_topic must be set");
        }
        if self.kafka.input_topics.contains(&self.kafka.output_topic) {
            return bad("kafka.output_topic must differ from the input topics");
        }
        if self.processing.transaction_max_records == 0 {
            return bad("processing.transaction_max_records must be positive");
        }
        if self.runtime.max_in_flight == 0 || self.runtime.queue_capacity == 0 {
            return bad("runtime.max_in_flight and runtime.queue_capacity must be positive");
        }
        Ok(())
    }
}

/// `WIREFEED_SECTION__FIELD[__SUB]` variables as a figment layer. Only keys with `__` are
/// settings: other `WIREFEED_*` variables belong to tools and tests. Built from an explicit
/// environment rather than figment's `Env`, so that tests need not mutate the process's.
fn env_figment(vars: &[(String, String)]) -> Figment {
    let mut figment = Figment::new();
    for (key, value) in vars {
        let Some(stripped) = key.strip_prefix("WIREFEED_") else {
            continue;
        };
        if !stripped.contains("__") || stripped.starts_with("RDKAFKA_") {
            continue;
        }
        let path = stripped.to_ascii_lowercase().replace("__", ".");
        // Parses numbers, booleans and arrays the way figment's `Env` provider does.
        let value: figment::value::Value = value.parse().unwrap_or_else(|_| value.clone().into());
        figment = figment.merge(Serialized::default(&path, value));
    }
    figment
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_are_valid() {
        let s = Settings::load_from(None, env(&[])).unwrap();
        assert_eq!(s.kafka.output_topic, "wire.article-events");
        assert!(s.pipeline.dedup.publish_duplicates);
    }

    #[test]
    fn file_then_env_override() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.toml");
        std::fs::write(
            &path,
            "[kafka]\nbrokers = \"a:1\"\ninput_topics = [\"in\"]\n[runtime]\nmax_in_flight = 7\n",
        )
        .unwrap();
        let s = Settings::load_from(
            Some(&path),
            env(&[
                ("WIREFEED_KAFKA__BROKERS", "b:2"),
                ("WIREFEED_RUNTIME__QUEUE_CAPACITY", "9"),
                ("WIREFEED_PIPELINE__DEDUP__PUBLISH_DUPLICATES", "false"),
                ("WIREFEED_RDKAFKA_SOCKET_TIMEOUT_MS", "1234"),
                ("WIREFEED_RDKAFKA_PRODUCER_LINGER_MS", "5"),
                ("WIREFEED_TEST_BOOTSTRAP", "ignored"),
            ]),
        )
        .unwrap();
        assert_eq!(s.kafka.brokers, "b:2");
        assert_eq!(s.kafka.input_topics, ["in"]);
        assert_eq!(s.runtime.max_in_flight, 7);
        assert_eq!(s.runtime.queue_capacity, 9);
        assert!(!s.pipeline.dedup.publish_duplicates);
        assert_eq!(s.kafka.consumer_properties["socket.timeout.ms"], "1234");
        assert_eq!(s.kafka.producer_properties["linger.ms"], "5");
        assert!(!s.kafka.consumer_properties.contains_key("linger.ms"));
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.toml");
        std::fs::write(&path, "[kafka]\nbrokrs = \"typo\"\n").unwrap();
        let err = Settings::load_from(Some(&path), env(&[]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("brokrs"), "{err}");
        let err = Settings::load_from(None, env(&[("WIREFEED_RUNTIME__MAX_IN_FLIGHT", "0")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("max_in_flight"), "{err}");
        assert!(Settings::load_from(Some(Path::new("/nonexistent.toml")), env(&[])).is_err());
    }
}

#[cfg(test)]
mod example_file {
    #[test]
    fn the_shipped_example_config_loads() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("wirefeed.example.toml");
        let settings =
            super::Settings::load_from(Some(&path), Vec::new()).expect("example config is valid");
        assert_eq!(
            settings.kafka.consumer_properties["session.timeout.ms"],
            "45000"
        );
    }
}
