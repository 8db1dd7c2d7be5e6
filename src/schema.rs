//! The output contract: prost types generated from `proto/wirefeed/v1`, with the
//! canonical proto3 JSON mapping (pbjson), plus the Kafka header names that go with it.

#[allow(clippy::all, missing_docs)]
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/wirefeed.v1.rs"));
    include!(concat!(env!("OUT_DIR"), "/wirefeed.v1.serde.rs"));
}

pub use v1::ArticleEvent;

/// Full protobuf name of the event message, sent in the `schema` header.
pub const EVENT_MESSAGE_NAME: &str = "wirefeed.v1.ArticleEvent";
/// Schema version, sent in the `schema-version` header. Bump on breaking changes only.
pub const SCHEMA_VERSION: &str = "1";
/// Content type of output records.
pub const CONTENT_TYPE_PROTOBUF: &str = "application/x-protobuf";

/// Kafka header names of output and dead-letter records.
pub mod headers {
    pub const CONTENT_TYPE: &str = "content-type";
    pub const SCHEMA: &str = "schema";
    pub const SCHEMA_VERSION: &str = "schema-version";
    pub const ERROR_KIND: &str = "error-kind";
    pub const ERROR_MESSAGE: &str = "error-message";
    pub const SOURCE_TOPIC: &str = "source-topic";
    pub const SOURCE_PARTITION: &str = "source-partition";
    pub const SOURCE_OFFSET: &str = "source-offset";
}

/// Errors of encoding and decoding events.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("cannot decode ArticleEvent protobuf: {0}")]
    Decode(#[from] prost::DecodeError),
    #[error("cannot render ArticleEvent as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Canonical proto3 JSON of an event, one line.
pub fn to_json(event: &ArticleEvent) -> Result<String, SchemaError> {
    Ok(serde_json::to_string(event)?)
}

/// Decodes one protobuf-encoded event (a Kafka record value).
pub fn decode(bytes: &[u8]) -> Result<ArticleEvent, SchemaError> {
    Ok(<ArticleEvent as prost::Message>::decode(bytes)?)
}

/// Builds a [`v1::TextSpan`].
pub fn span(start: usize, end: usize, text: impl Into<String>) -> v1::TextSpan {
    v1::TextSpan {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
        text: text.into(),
    }
}

/// Converts a chrono time into the protobuf well-known Timestamp.
pub fn timestamp(t: chrono::DateTime<chrono::Utc>) -> pbjson_types::Timestamp {
    pbjson_types::Timestamp {
        seconds: t.timestamp(),
        nanos: i32::try_from(t.timestamp_subsec_nanos()).unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::v1::*;
    use super::*;

    #[test]
    fn json_uses_camel_case_and_enum_names() {
        let event = ArticleEvent {
            article_id: "a1".into(),
            dedup: Some(DedupResult {
                status: DedupStatus::NearDuplicate as i32,
                story_id: "s1".into(),
                ..Default::default()
            }),
            categories: vec![CategoryAssignment {
                category: Category::MilitaryAid as i32,
                score: 0.5,
                ..Default::default()
            }],
            published_at: Some(timestamp(
                chrono::DateTime::parse_from_rfc3339("2025-04-01T10:00:00Z")
                    .unwrap()
                    .into(),
            )),
            ..Default::default()
        };
        let json: serde_json::Value = serde_json::from_str(&to_json(&event).unwrap()).unwrap();
        assert_eq!(json["articleId"], "a1");
        assert_eq!(json["dedup"]["status"], "DEDUP_STATUS_NEAR_DUPLICATE");
        assert_eq!(json["dedup"]["storyId"], "s1");
        assert_eq!(json["categories"][0]["category"], "CATEGORY_MILITARY_AID");
        assert_eq!(json["publishedAt"], "2025-04-01T10:00:00+00:00");
        let back: ArticleEvent = serde_json::from_value(json).unwrap();
        assert_eq!(back, event);
    }

    #[test]
    fn protobuf_round_trip() {
        let event = ArticleEvent {
            article_id: "x".into(),
            headline: "h".into(),
            ..Default::default()
        };
        let bytes = prost::Message::encode_to_vec(&event);
        assert_eq!(decode(&bytes).unwrap(), event);
        assert!(decode(&[0xff, 0xff]).is_err());
    }
}
