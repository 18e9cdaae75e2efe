package th.go.ita.measuretracker.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.ita.measuretracker.evidence.EvidenceStorage;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.PostgresTestDatabase;

/**
 * Evidence files on PostgreSQL: upload and download throughput of 1 MB and 10 MB files through the app's API (real
 * HTTP, multipart, type check, SHA-256, 256 KB rows), against the same bytes written and read by plain JDBC (one
 * bytea row per file) in the same run; and the heap a 10 MB download holds. Not a test: it asserts nothing about
 * time; run it with {@code mvn -Pbench test -Dtest=EvidenceBenchmark} and read target/bench/evidence-1024kb.md (the row size in
 * the name; {@code -Dmeasure-tracker.evidence.chunk-size=256KB} compares another).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=warn", "measure-tracker.evidence.max-per-measure=100GB" })
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = EvidenceBenchmark.Database.class)
class EvidenceBenchmark {

	static final int MB = 1024 * 1024;
	static final int RUNS = 3;
	static final String UPLOAD = "/api/measures/FY2567-E1/steps/1/evidence";
	static final String MEMBER = "benchmember0";

	/** A database of its own: other benchmarks recreate theirs. */
	static class Database extends PostgresTestDatabase {
		Database() {
			super("measure_tracker_evidence_bench");
		}
	}

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired DataSource dataSource;
	@Autowired IdentityService identity;
	@Autowired PlanImportService plans;
	@Autowired EvidenceStorage storage;
	@Autowired PlatformTransactionManager transactions;
	@org.springframework.beans.factory.annotation.Value("${measure-tracker.evidence.chunk-size:1MB}")
	org.springframework.util.unit.DataSize chunk;

	@Test
	void uploadAndDownloadAgainstPlainJdbc() throws Exception {
		BenchFixtures.create(identity);
		plans.importYaml("""
				fiscalYear: 2567
				organisation: สำนักงานทดสอบหลักฐาน
				measures:
				  - code: E1
				    title: มาตรการทดสอบหลักฐาน
				    indicators: [9]
				    responsibleGroup: benchgroup0
				    deadline: 2567-09-30
				    reportingQuarters: [4]
				    steps:
				      - text: ขั้นที่มีหลักฐานมาก
				""", "admin");
		jdbc.sql("create table if not exists bench_blob (id bigserial primary key, data bytea not null)").update();
		BenchFixtures.analyze(jdbc);

		List<String> report = new ArrayList<>();
		report.add("Rows of " + chunk.toKilobytes() + " KB (measure-tracker.evidence.chunk-size).");
		report.add("");
		report.add("| file | run | files | ours upload MB/s | plain JDBC write MB/s | upload ours/plain | ours download MB/s"
				+ " | plain JDBC read MB/s | download ours/plain |");
		report.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		warmUp();
		List<String> storageOnly = new ArrayList<>();
		for (int run = 1; run <= RUNS; run++) {
			row(report, storageOnly, 1, run, 20);
			row(report, storageOnly, 10, run, 5);
		}
		report.add("");
		report.add("The storage alone, in the app's JVM (SHA-256 and rows in one transaction, read back row by row), against"
				+ " the same plain JDBC figures:");
		report.add("");
		report.add("| file | run | storage write MB/s | write storage/plain | storage read MB/s | read storage/plain |");
		report.add("|---:|---:|---:|---:|---:|---:|");
		report.addAll(storageOnly);
		report.add("");
		report.add("Heap while a client reads one 10 MB file at about 12 MB/s (one JVM with the app; the client reads into one 64 KB buffer):");
		report.add("");
		report.add("| 10 MB file | live heap above idle, max while it runs (after forced GCs) | bytes allocated while it runs |");
		report.add("|---|---:|---:|");
		heap(report);
		Path out = Path.of("target/bench/evidence-" + chunk.toKilobytes() + "kb.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report, StandardCharsets.UTF_8);
		report.forEach(System.out::println);
	}



	private void warmUp() throws Exception {
		byte[] file = bytes(MB, 0);
		for (int i = 0; i < 5; i++) {
			download(upload(file));
			plainRead(plainWrite(file));
		}
	}

	/** {@code count} files of {@code megabytes} each, ours then plain JDBC, the same bytes. */
	private void row(List<String> report, List<String> storageOnly, int megabytes, int run, int count) throws Exception {
		List<byte[]> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			files.add(bytes(megabytes * MB, run * 1000 + i));
		}
		double total = (double) megabytes * count;
		List<byte[]> requests = files.stream().map(EvidenceBenchmark::uploadRequest).toList();
		List<Long> ours = new ArrayList<>();
		long start = System.nanoTime();
		for (byte[] request : requests) {
			ours.add(send(request));
		}
		double oursUp = total / seconds(start);
		start = System.nanoTime();
		for (long id : ours) {
			download(id);
		}
		double oursDown = total / seconds(start);
		List<Long> plain = new ArrayList<>();
		start = System.nanoTime();
		for (byte[] file : files) {
			plain.add(plainWrite(file));
		}
		double plainUp = total / seconds(start);
		start = System.nanoTime();
		for (long id : plain) {
			plainRead(id);
		}
		double plainDown = total / seconds(start);
		List<String> keys = new ArrayList<>();
		start = System.nanoTime();
		for (byte[] file : files) {
			keys.add(storageWrite(file));
		}
		double storageUp = total / seconds(start);
		start = System.nanoTime();
		for (String key : keys) {
			storage.copyTo(key, OutputStream.nullOutputStream());
		}
		double storageDown = total / seconds(start);
		report.add("| " + megabytes + " MB | " + run + " | " + count + " | " + fmt(oursUp) + " | " + fmt(plainUp) + " | "
				+ fmt(oursUp / plainUp) + " | " + fmt(oursDown) + " | " + fmt(plainDown) + " | " + fmt(oursDown / plainDown)
				+ " |");
		storageOnly.add("| " + megabytes + " MB | " + run + " | " + fmt(storageUp) + " | " + fmt(storageUp / plainUp) + " | "
				+ fmt(storageDown) + " | " + fmt(storageDown / plainDown) + " |");
	}

	/** What the app does with an upload once it is checked: SHA-256 while the rows are written, one transaction. */
	private String storageWrite(byte[] file) {
		String key = "bench-" + System.nanoTime();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			try {
				java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
				storage.write(key, new java.security.DigestInputStream(new java.io.ByteArrayInputStream(file), sha256));
				sha256.digest();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		return key;
	}

	private long upload(byte[] content) throws Exception {
		return send(uploadRequest(content));
	}

	/** The whole HTTP request of an upload, built before the clock starts, as plain JDBC gets its bytes ready-made. */
	private static byte[] uploadRequest(byte[] content) {
		String boundary = "bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evidence.pdf\""
				+ "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream request = new ByteArrayOutputStream(content.length + 1024);
		request.writeBytes(("POST " + UPLOAD + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
				+ BrowserSession.basic(MEMBER, BenchFixtures.PASSWORD) + "\r\nContent-Type: multipart/form-data; boundary="
				+ boundary + "\r\nContent-Length: " + (head.length + content.length + tail.length) + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		request.writeBytes(head);
		request.writeBytes(content);
		request.writeBytes(tail);
		return request.toByteArray();
	}

	/** Sends a ready request over a plain socket; @return the id of the file the app stored */
	private long send(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!response.startsWith("HTTP/1.1 201")) {
				throw new IllegalStateException(response);
			}
			Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response);
			id.find();
			return Long.parseLong(id.group(1));
		}
	}

	private long download(long id) throws Exception {
		return download(id, false);
	}

	/**
	 * Reads the download over a plain socket into one reused buffer, so the client allocates next to nothing.
	 * @param slowly at about 12 MB/s, as an office's connection would
	 */
	private long download(long id, boolean slowly) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/evidence/" + id + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
					+ BrowserSession.basic(MEMBER, BenchFixtures.PASSWORD) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = BUFFER.get();
			long read = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				read += n;
				if (slowly) {
					Thread.sleep(5);
				}
			}
			return read;
		}
	}

	private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

	private long plainWrite(byte[] content) throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into bench_blob (data) values (?)",
						new String[] { "id" })) {
			insert.setBytes(1, content);
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	private int plainRead(long id) throws Exception {
		return plainBytes(id).length;
	}

	private byte[] plainBytes(long id) throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement("select data from bench_blob where id = ?")) {
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return row.getBytes(1);
			}
		}
	}

	/**
	 * One 10 MB file read by a client of an office's speed (64 KB every 5 ms, about 12 MB/s), so that it takes most of
	 * a second; meanwhile a second thread forces a full GC every 20 ms and records the heap left in use: what the read
	 * holds alive, above the idle heap. Plain JDBC gets the same bytes with getBytes and hands them on at the same
	 * pace. Allocation counts every byte allocated by every thread meanwhile (garbage included).
	 */
	private void heap(List<String> report) throws Exception {
		long ours = upload(bytes(10 * MB, 99));
		long plain = plainWrite(bytes(10 * MB, 99));
		for (int i = 0; i < 3; i++) {
			heapRow(report, "app download, GET /api/evidence/{id} (run " + (i + 1) + ")", () -> download(ours, true));
			heapRow(report, "plain JDBC getBytes of the same bytes (run " + (i + 1) + ")", () -> {
				byte[] data = plainBytes(plain);
				for (int offset = 0; offset < data.length; offset += 64 * 1024) {
					Thread.sleep(5);
				}
				return data.length;
			});
		}
	}

	interface Work {
		Object run() throws Exception;
	}

	private void heapRow(List<String> report, String what, Work work) throws Exception {
		long idle = liveHeap();
		AtomicLong max = new AtomicLong(idle);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				max.accumulateAndGet(liveHeap(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long allocatedBefore = allocated();
		sampler.start();
		work.run();
		running.set(false);
		sampler.join();
		long allocated = allocated() - allocatedBefore;
		report.add("| " + what + " | " + fmt((max.get() - idle) / (double) MB) + " MB | " + fmt(allocated / (double) MB)
				+ " MB |");
	}

	private static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long allocated() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] ids = threads.getAllThreadIds();
		return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum();
	}

	/** A PDF header, then random bytes: what a scanned memo looks like to the database (nothing to compress). */
	private static byte[] bytes(int size, int seed) {
		byte[] content = new byte[size];
		new Random(seed).nextBytes(content);
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
		return content;
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static String fmt(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}
}
