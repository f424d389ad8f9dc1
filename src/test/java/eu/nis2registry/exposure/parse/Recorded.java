package eu.nis2registry.exposure.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A handler that records every outcome, for assertions. */
final class Recorded implements LeakScanHandler {

    enum Kind { SKIPPED, REJECTED, UNMATCHED, CANDIDATE }

    record Outcome(long line, Kind kind, RejectReason reason, ObservationCandidate candidate) {
    }

    final List<Outcome> outcomes = new ArrayList<>();
    final List<Long> progress = new ArrayList<>();

    @Override
    public void skipped(long lineNumber) {
        outcomes.add(new Outcome(lineNumber, Kind.SKIPPED, null, null));
    }

    @Override
    public void rejected(long lineNumber, RejectReason reason) {
        outcomes.add(new Outcome(lineNumber, Kind.REJECTED, reason, null));
    }

    @Override
    public void unmatched(long lineNumber) {
        outcomes.add(new Outcome(lineNumber, Kind.UNMATCHED, null, null));
    }

    @Override
    public void candidate(long lineNumber, ObservationCandidate candidate) {
        outcomes.add(new Outcome(lineNumber, Kind.CANDIDATE, null, candidate));
    }

    @Override
    public void progress(long bytesRead) {
        progress.add(bytesRead);
    }

    List<Kind> kinds() {
        return outcomes.stream().map(Outcome::kind).collect(Collectors.toList());
    }

    List<ObservationCandidate> candidates() {
        return outcomes.stream().filter(o -> o.kind() == Kind.CANDIDATE).map(Outcome::candidate)
                .collect(Collectors.toList());
    }

    List<RejectReason> reasons() {
        return outcomes.stream().filter(o -> o.kind() == Kind.REJECTED).map(Outcome::reason)
                .collect(Collectors.toList());
    }

    Outcome only() {
        if (outcomes.size() != 1) {
            throw new AssertionError("expected one outcome, got " + outcomes);
        }
        return outcomes.get(0);
    }
}
