package th.go.ita.measuretracker.document;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * HEAD (GET where a server refuses HEAD), redirects followed, 10 s at most; a status below 400 answers. A link to an
 * address inside the network (loopback, private, link-local) is not followed: the server would otherwise reach, for
 * whoever typed the link, what the public cannot, and such a link is no public evidence anyway.
 */
@Component
class HttpLinkProbe implements LinkProbe {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(TIMEOUT)
		.build();

	@Override
	public Answer probe(String url) {
		try {
			URI uri = URI.create(url);
			if (inside(uri.getHost())) {
				return new Answer(false, "ที่อยู่ภายในเครือข่าย สาธารณะเปิดไม่ได้");
			}
			int status = send(uri, "HEAD");
			if (status == 405 || status == 501) {
				status = send(uri, "GET");
			}
			return new Answer(status < 400, "HTTP " + status);
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Answer(false, "ไม่ตอบสนอง: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(false, "การตรวจถูกยกเลิก");
		}
	}

	private int send(URI uri, String method) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).method(method, HttpRequest.BodyPublishers.noBody())
			.header("User-Agent", "measure-tracker link check").build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	static boolean inside(String host) throws UnknownHostException {
		if (host == null) {
			return true;
		}
		for (InetAddress address : InetAddress.getAllByName(host)) {
			if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
				return true;
			}
		}
		return false;
	}
}
