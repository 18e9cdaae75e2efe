package th.go.ita.measuretracker.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands between the app and the test's SMTP server and lets a fixed number of mails through, then holds every
 * byte the app sends. The app's senders are then stuck in the middle of their SMTP sessions with mails claimed,
 * however fast the machine is, and a test can kill the app at exactly that point.
 */
final class SmtpGate implements AutoCloseable {

	private static final byte[] END_OF_MAIL = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

	private final ServerSocket listener;
	private final int smtpPort;
	private final int mailsLetThrough;
	private final AtomicInteger passed = new AtomicInteger();
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private final CountDownLatch closed = new CountDownLatch(1);

	SmtpGate(int smtpPort, int mailsLetThrough) throws IOException {
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.smtpPort = smtpPort;
		this.mailsLetThrough = mailsLetThrough;
		start(this::accept);
	}

	int port() {
		return listener.getLocalPort();
	}

	/** Mails whose last byte went through the gate. */
	int passed() {
		return passed.get();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket app = listener.accept();
				Socket smtp = new Socket(InetAddress.getLoopbackAddress(), smtpPort);
				sockets.add(app);
				sockets.add(smtp);
				start(() -> copy(app, smtp, true));
				start(() -> copy(smtp, app, false));
			}
			catch (IOException listenerClosed) {
				return;
			}
		}
	}

	/** Copies one direction; what the app sends is held once enough mails have passed. */
	private void copy(Socket from, Socket to, boolean fromTheApp) {
		byte[] buffer = new byte[8192];
		byte[] tail = new byte[0];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read; (read = in.read(buffer)) > 0;) {
				if (fromTheApp && passed.get() >= mailsLetThrough) {
					closed.await(); // held, connection open: nothing more reaches the server, the app waits for its answer
					return;
				}
				out.write(buffer, 0, read);
				out.flush();
				if (fromTheApp) {
					byte[] seen = new byte[tail.length + read];
					System.arraycopy(tail, 0, seen, 0, tail.length);
					System.arraycopy(buffer, 0, seen, tail.length, read);
					passed.addAndGet(count(seen));
					tail = Arrays.copyOfRange(seen, Math.max(0, seen.length - (END_OF_MAIL.length - 1)), seen.length);
				}
			}
		}
		catch (IOException gone) {
			// the app was killed, or the gate closed
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static void start(Runnable work) {
		Thread thread = new Thread(work, "smtp-gate");
		thread.setDaemon(true);
		thread.start();
	}

	private static int count(byte[] data) {
		int found = 0;
		for (int i = 0; i + END_OF_MAIL.length <= data.length; i++) {
			if (Arrays.equals(data, i, i + END_OF_MAIL.length, END_OF_MAIL, 0, END_OF_MAIL.length)) {
				found++;
			}
		}
		return found;
	}

	@Override
	public void close() throws IOException {
		closed.countDown();
		listener.close();
		for (Socket socket : sockets) {
			socket.close();
		}
	}
}
