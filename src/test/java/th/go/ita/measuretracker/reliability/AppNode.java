package th.go.ita.measuretracker.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.Mails;

/**
 * The packaged application (target/measure-tracker-*.jar) running as its own operating-system process on the real
 * PostgreSQL, with the job executor and the mail sender on, as on an office server. A fault test can kill it with
 * SIGKILL and start it again on the same database. Its log goes to target/reliability/{name}.log.
 */
final class AppNode implements AutoCloseable {

	static final String ADMIN = "admin";
	static final String ADMIN_PASSWORD = "reliability-admin-secret";

	private final String name;
	private final List<String> command;
	private final Path log;
	private final int port;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private Process process;

	private AppNode(String name, int port, List<String> command) {
		this.name = name;
		this.port = port;
		this.command = command;
		this.log = Path.of("target/reliability/" + name + ".log");
	}

	/**
	 * @param database the PostgreSQL database (on 127.0.0.1:5432)
	 * @param smtpPort where the mails go (a GreenMail in the test)
	 * @param settings further {@code --key=value} settings
	 */
	static AppNode on(String name, String database, int smtpPort, Map<String, String> settings) {
		int port = Mails.freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Bangkok", "-Dfile.encoding=UTF-8", "-jar",
				jar().toString(), "--spring.profiles.active=postgres", "--server.port=" + port,
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
				"--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--measure-tracker.mail.poll-interval=PT1S",
				// a killed node's claims and job locks run out quickly here; production keeps the 5-minute defaults
				"--measure-tracker.mail.lease=PT10S", "--camunda.bpm.job-execution.lock-time-in-millis=10000",
				"--camunda.bpm.job-execution.wait-time-in-millis=500",
				"--camunda.bpm.job-execution.max-wait=2000",
				"--spring.datasource.hikari.connection-timeout=3000", "--management.endpoint.health.show-details=always"));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		return new AppNode(name, port, command);
	}

	private static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("measure-tracker-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/measure-tracker-*.jar: run mvn verify"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Starts the process and waits until its health endpoint says UP. */
	AppNode start() throws Exception {
		Files.createDirectories(log.getParent());
		process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		// a node left running would join the next run's database of the same name as an extra node
		Process started = process;
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		try {
			awaitHealth("UP", Duration.ofSeconds(150));
		}
		catch (Exception | AssertionError ex) {
			kill();
			throw ex;
		}
		return this;
	}

	/** SIGKILL: no shutdown hook, no transaction finished, no connection closed politely. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	String name() {
		return name;
	}

	/** Waits for the health endpoint to report {@code status} (UP or DOWN); fails with the node's log tail. */
	void awaitHealth(String status, Duration timeout) throws Exception {
		Instant end = Instant.now().plus(timeout);
		String last = "no answer";
		while (Instant.now().isBefore(end)) {
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + logTail());
			}
			try {
				HttpResponse<String> health = get("/actuator/health", null);
				last = health.statusCode() + " " + health.body();
				if (health.body().startsWith("{\"status\":\"" + status + "\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				last = notYet.toString();
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(name + " health not " + status + " after " + timeout + ": " + last + "\n" + logTail());
	}

	HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		return send(request(path, user).GET().build());
	}

	HttpResponse<String> post(String path, String user, String contentType, String body)
			throws IOException, InterruptedException {
		return send(request(path, user).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	/** As {@link #post} but fails unless the answer is 2xx. */
	String postOk(String path, String user, String contentType, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = post(path, user, contentType, body);
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(name + " POST " + path + " → " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** PUT with a JSON body, or none; fails unless the answer is 2xx. */
	void put(String path, String user, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path, user);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		HttpResponse<String> response = send(request.PUT(json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(name + " PUT " + path + " → " + response.statusCode() + " " + response.body());
		}
	}

	private HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60));
		if (user != null) {
			builder.header("Authorization",
					BrowserSession.basic(user, ADMIN.equals(user) ? ADMIN_PASSWORD : FaultScenario.PASSWORD));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	File logFile() {
		return log.toFile();
	}
}
