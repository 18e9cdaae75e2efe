package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files as rows of {@link #CHUNK} bytes in evidence_chunk. Chosen over one bytea or large object per file because it
 * streams the same way on H2 and PostgreSQL: PostgreSQL's driver reads a whole bytea value into memory, and large
 * objects exist only there (and need their own clean-up). Reading takes one indexed query per chunk, so a download
 * holds one chunk at a time and needs no open transaction while the client reads (BENCHMARKS.md).
 */
@Component
@RequiredArgsConstructor
class DatabaseEvidenceStorage implements EvidenceStorage {

	static final int CHUNK = 256 * 1024;

	private final JdbcClient jdbc;

	@Override
	public void write(String key, InputStream content) throws IOException {
		byte[] buffer = new byte[CHUNK];
		int seq = 0;
		int read;
		while ((read = content.readNBytes(buffer, 0, CHUNK)) > 0) {
			jdbc.sql("insert into evidence_chunk (content_key, seq, data) values (?, ?, ?)")
				.params(key, seq++, read == CHUNK ? buffer : Arrays.copyOf(buffer, read))
				.update();
		}
	}

	@Override
	public InputStream open(String key) {
		return new ChunkStream(key);
	}

	@Override
	public void delete(String key) {
		jdbc.sql("delete from evidence_chunk where content_key = ?").param(key).update();
	}

	/** Fetches the next chunk when the previous one is used up. */
	private final class ChunkStream extends InputStream {

		private final String key;
		private int next;
		private byte[] chunk = new byte[0];
		private int position;
		private boolean ended;

		ChunkStream(String key) {
			this.key = key;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (position == chunk.length && !fetch()) {
				return -1;
			}
			int n = Math.min(length, chunk.length - position);
			System.arraycopy(chunk, position, target, offset, n);
			position += n;
			return n;
		}

		private boolean fetch() {
			if (ended) {
				return false;
			}
			chunk = jdbc.sql("select data from evidence_chunk where content_key = ? and seq = ?")
				.params(key, next++)
				.query(byte[].class)
				.optional()
				.orElse(null);
			position = 0;
			if (chunk == null || chunk.length == 0) {
				ended = true;
				chunk = new byte[0];
				return false;
			}
			return true;
		}
	}
}
