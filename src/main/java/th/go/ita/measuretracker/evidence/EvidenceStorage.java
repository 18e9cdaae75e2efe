package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, by a key the metadata row keeps. The database is the default
 * ({@link DatabaseEvidenceStorage}); an object store would be another implementation of these three calls. Both
 * directions stream: no implementation may hold a whole file in memory.
 */
interface EvidenceStorage {

	/** Stores everything {@code content} gives under {@code key}, in the caller's transaction where there is one. */
	void write(String key, InputStream content) throws IOException;

	/** The bytes stored under {@code key}, read as they are consumed. */
	InputStream open(String key);

	void delete(String key);
}
