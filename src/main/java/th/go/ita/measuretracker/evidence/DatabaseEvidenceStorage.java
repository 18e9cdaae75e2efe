package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Files as rows of 1 MB ({@code measure-tracker.evidence.chunk-size}) in evidence_chunk. Chosen over one bytea or
 * large object per file because it streams the same way on H2 and PostgreSQL: PostgreSQL's driver reads a whole bytea
 * value into memory, and large objects exist only there (and need their own clean-up). Reading takes one indexed
 * query per row, so a download holds one row at a time and needs no open transaction while the client reads. Rows of
 * 1 MB rather than 256 KB: a quarter of the round trips, which made 10 MB downloads half again as fast (BENCHMARKS.md).
 */
@Component
class DatabaseEvidenceStorage implements EvidenceStorage {

	static final int DEFAULT_CHUNK = 1024 * 1024;

	private final JdbcClient jdbc;
	private final int chunk;

	DatabaseEvidenceStorage(JdbcClient jdbc,
			@Value("${measure-tracker.evidence.chunk-size:1MB}") DataSize chunk) {
		this.jdbc = jdbc;
		this.chunk = (int) chunk.toBytes();
	}

	@Override
	public void write(String key, InputStream content) throws IOException {
		byte[] buffer = new byte[chunk];
		int seq = 0;
		int read;
		while ((read = content.readNBytes(buffer, 0, chunk)) > 0) {
			jdbc.sql("insert into evidence_chunk (content_key, seq, data) values (?, ?, ?)")
				.params(key, seq++, read == chunk ? buffer : Arrays.copyOf(buffer, read))
				.update();
		}
	}

	@Override
	public InputStream open(String key) {
		return new ChunkStream(key);
	}

	/** Each row in one write: Tomcat hands a large array to the socket at once instead of 8 KB at a time. */
	@Override
	public void copyTo(String key, OutputStream out) throws IOException {
		for (int seq = 0;; seq++) {
			byte[] data = chunk(key, seq);
			if (data == null) {
				return;
			}
			out.write(data);
		}
	}

	private byte[] chunk(String key, int seq) {
		return jdbc.sql("select data from evidence_chunk where content_key = ? and seq = ?")
			.params(key, seq)
			.query(byte[].class)
			.optional()
			.orElse(null);
	}

	@Override
	public void delete(String key) {
		jdbc.sql("delete from evidence_chunk where content_key = ?").param(key).update();
	}

	/** Fetches the next chunk when the previous one is used up. */
	private final class ChunkStream extends InputStream {

		private final String key;
		private int next;
		private byte[] current = new byte[0];
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
			if (position == current.length && !fetch()) {
				return -1;
			}
			int n = Math.min(length, current.length - position);
			System.arraycopy(current, position, target, offset, n);
			position += n;
			return n;
		}

		private boolean fetch() {
			if (ended) {
				return false;
			}
			current = chunk(key, next++);
			position = 0;
			if (current == null || current.length == 0) {
				ended = true;
				current = new byte[0];
				return false;
			}
			return true;
		}
	}
}
