package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, by a key the metadata row keeps. The database is the default
 * ({@link DatabaseEvidenceStorage}); an object store would be another implementation of these three calls. Both
 * directions stream: no implementation may hold a whole file in memory.
 */
public interface EvidenceStorage {

	/** Stores everything {@code content} gives under {@code key}, in the caller's transaction where there is one. */
	void write(String key, InputStream content) throws IOException;

	/** The bytes stored under {@code key}, read as they are consumed. */
	InputStream open(String key);

	/** Writes the bytes stored under {@code key} to {@code out}, as large pieces as the storage holds them. */
	default void copyTo(String key, java.io.OutputStream out) throws IOException {
		try (InputStream content = open(key)) {
			content.transferTo(out);
		}
	}

	void delete(String key);
}
