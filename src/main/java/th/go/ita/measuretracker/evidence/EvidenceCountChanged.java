package th.go.ita.measuretracker.evidence;

/** A measure gained ({@code +1}) or lost ({@code -1}) an evidence file. Published inside the changing transaction. */
public record EvidenceCountChanged(long measureId, int delta) {
}
