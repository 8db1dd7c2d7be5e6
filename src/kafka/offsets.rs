//! At-least-once offset tracking. An input offset may be committed only once the records of
//! it and of every earlier offset of its partition are acknowledged. Acknowledgements arrive
//! out of order (different output partitions, DLQ, dropped duplicates), so the tracker keeps,
//! per partition, the offsets still pending and answers with the highest committable one.

use std::collections::{BTreeSet, HashMap};

/// A topic partition.
pub type PartitionKey = (String, i32);

#[derive(Debug, Default)]
struct PartitionState {
    pending: BTreeSet<i64>,
    /// Highest offset registered so far.
    highest: Option<i64>,
    /// Offset last returned as committable (the next offset to consume).
    committed: Option<i64>,
}

impl PartitionState {
    /// The next offset to consume: everything below it is acknowledged.
    fn committable(&self) -> Option<i64> {
        match self.pending.first() {
            Some(&first) => Some(first),
            None => self.highest.map(|h| h + 1),
        }
    }
}

/// Tracks in-flight offsets per partition. Pure; the runtime owns one behind a mutex.
#[derive(Debug, Default)]
pub struct OffsetTracker {
    partitions: HashMap<PartitionKey, PartitionState>,
}

impl OffsetTracker {
    pub fn new() -> Self {
        Self::default()
    }

    /// A record was consumed and is now in flight.
    pub fn register(&mut self, topic: &str, partition: i32, offset: i64) {
        let state = self
            .partitions
            .entry((topic.to_string(), partition))
            .or_insert_with(|| PartitionState {
                // Consumption starts at the committed position: nothing below it to commit.
                committed: Some(offset),
                ..Default::default()
            });
        state.pending.insert(offset);
        state.highest = Some(state.highest.map_or(offset, |h| h.max(offset)));
    }

    /// A record's outputs were acknowledged (or it needed none). Returns the offset to commit
    /// (the next offset to consume) when it advanced.
    pub fn ack(&mut self, topic: &str, partition: i32, offset: i64) -> Option<i64> {
        let state = self.partitions.get_mut(&(topic.to_string(), partition))?;
        if !state.pending.remove(&offset) {
            return None; // unknown: from before a revocation, or acknowledged twice
        }
        let next = state.committable()?;
        if state.committed.is_some_and(|c| c >= next) {
            return None;
        }
        state.committed = Some(next);
        Some(next)
    }

    /// Partitions were revoked: forget them. Late acknowledgements for them are ignored.
    pub fn revoke(&mut self, topic: &str, partition: i32) {
        self.partitions.remove(&(topic.to_string(), partition));
    }

    /// Records in flight, over all partitions.
    pub fn in_flight(&self) -> usize {
        self.partitions.values().map(|p| p.pending.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn commits_only_contiguous_prefix() {
        let mut t = OffsetTracker::new();
        for o in 10..15 {
            t.register("in", 0, o);
        }
        assert_eq!(t.ack("in", 0, 12), None, "10 and 11 still pending");
        assert_eq!(t.ack("in", 0, 11), None);
        assert_eq!(t.ack("in", 0, 10), Some(13));
        assert_eq!(t.ack("in", 0, 14), None, "13 pending");
        assert_eq!(t.ack("in", 0, 13), Some(15));
        assert_eq!(t.in_flight(), 0);
    }

    #[test]
    fn partitions_are_independent_and_revocation_forgets() {
        let mut t = OffsetTracker::new();
        t.register("in", 0, 0);
        t.register("in", 1, 0);
        assert_eq!(t.ack("in", 1, 0), Some(1));
        t.revoke("in", 0);
        assert_eq!(t.ack("in", 0, 0), None);
        assert_eq!(t.ack("other", 0, 0), None);
        assert_eq!(t.in_flight(), 0);
    }

    proptest! {
        /// Whatever the acknowledgement order, a returned commit offset never covers an
        /// unacknowledged record, commits only move forward, and the last one covers all.
        #[test]
        fn never_commits_past_a_pending_offset(order in Just((0..40i64).collect::<Vec<_>>()).prop_shuffle()) {
            let mut t = OffsetTracker::new();
            for o in 0..40 { t.register("in", 0, o); }
            let mut acked = std::collections::BTreeSet::new();
            let mut last = -1;
            for o in order {
                acked.insert(o);
                if let Some(c) = t.ack("in", 0, o) {
                    prop_assert!(c > last);
                    prop_assert!((0..c).all(|x| acked.contains(&x)));
                    last = c;
                }
            }
            prop_assert_eq!(last, 40);
        }
    }
}
