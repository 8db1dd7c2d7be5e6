//! Dead-letter records: the original bytes of a rejected input, with headers that say why
//! and where it came from, so that nothing is lost and it can be replayed after a fix.

use rdkafka::message::{Header, OwnedHeaders};

use crate::schema::headers;

/// Why a record was dead-lettered.
#[derive(Debug, Clone)]
pub struct Rejection {
    /// Bounded label: the input error kind, or `stage_failed` / `stage_panicked`.
    pub kind: &'static str,
    pub message: String,
}

/// Where the record came from.
#[derive(Debug, Clone)]
pub struct SourcePosition {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

/// Headers of a dead-letter record. The message is capped so a huge error cannot bloat it.
pub fn dead_letter_headers(rejection: &Rejection, source: &SourcePosition) -> OwnedHeaders {
    let message: String = rejection.message.chars().take(1_000).collect();
    let partition = source.partition.to_string();
    let offset = source.offset.to_string();
    OwnedHeaders::new_with_capacity(6)
        .insert(Header {
            key: headers::ERROR_KIND,
            value: Some(rejection.kind),
        })
        .insert(Header {
            key: headers::ERROR_MESSAGE,
            value: Some(&message),
        })
        .insert(Header {
            key: headers::SOURCE_TOPIC,
            value: Some(&source.topic),
        })
        .insert(Header {
            key: headers::SOURCE_PARTITION,
            value: Some(&partition),
        })
        .insert(Header {
            key: headers::SOURCE_OFFSET,
            value: Some(&offset),
        })
}

/// Largest dead-letter payload kept whole. Brokers reject records over `message.max.bytes`
/// (1 MiB by default); a larger original is cut, and its full copy stays at the source
/// position named in the headers.
pub const MAX_DEAD_LETTER_PAYLOAD: usize = 900 * 1024;

/// The dead-letter payload: the original bytes, cut to [`MAX_DEAD_LETTER_PAYLOAD`].
pub fn cap_payload(payload: &[u8]) -> Vec<u8> {
    payload[..payload.len().min(MAX_DEAD_LETTER_PAYLOAD)].to_vec()
}

/// Headers of an output event record.
pub fn event_headers() -> OwnedHeaders {
    OwnedHeaders::new_with_capacity(3)
        .insert(Header {
            key: headers::CONTENT_TYPE,
            value: Some(crate::schema::CONTENT_TYPE_PROTOBUF),
        })
        .insert(Header {
            key: headers::SCHEMA,
            value: Some(crate::schema::EVENT_MESSAGE_NAME),
        })
        .insert(Header {
            key: headers::SCHEMA_VERSION,
            value: Some(crate::schema::SCHEMA_VERSION),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::message::Headers;

    #[test]
    fn headers_carry_reason_and_position() {
        let h = dead_letter_headers(
            &Rejection {
                kind: "not_json",
                message: "x".repeat(5_000),
            },
            &SourcePosition {
                topic: "in".into(),
                partition: 2,
                offset: 42,
            },
        );
        let get = |k: &str| {
            h.iter()
                .find(|x| x.key == k)
                .and_then(|x| x.value)
                .map(|v| String::from_utf8_lossy(v).into_owned())
        };
        assert_eq!(get("error-kind").as_deref(), Some("not_json"));
        assert_eq!(get("error-message").unwrap().len(), 1_000);
        assert_eq!(get("source-topic").as_deref(), Some("in"));
        assert_eq!(get("source-partition").as_deref(), Some("2"));
        assert_eq!(get("source-offset").as_deref(), Some("42"));
    }
}
