package th.go.ita.measuretracker.plan;

import java.util.List;

/** What an import did: the measures it started, and those it found already imported and left alone. */
public record ImportResult(int fiscalYear, String organisation, List<String> started, List<String> alreadyImported) {
}
